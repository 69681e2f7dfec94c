package vn.thidua.command.recognition;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecognitionProperties.class)
class RecognitionConfiguration {

  /**
   * The register must never drift from the events: if updating it fails, the command fails and its
   * events roll back with it, instead of the failure being logged and skipped.
   */
  @Bean
  ConfigurerModule recognitionRegisterFailsTheCommand() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerListenerInvocationErrorHandler(
                "recognition-register", configuration -> PropagatingErrorHandler.instance());
  }
}
