package vn.thidua.command.recognition;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecognitionProperties.class)
class RecognitionConfiguration {}
