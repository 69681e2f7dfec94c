package vn.thidua.command.messaging;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Edits guarded by If-Match (see docs/features/concurrency.md). Axon's Spring configuration picks
 * up each bean by its type: the handler enhancer for every handler, the interceptor for the command
 * bus.
 */
@Configuration(proxyBeanMethods = false)
class OptimisticConcurrencyConfiguration implements WebMvcConfigurer {

  @Bean
  HandlerEnhancerDefinition staleEditsAnsweredFirst() {
    return new StaleEditsAnsweredFirst();
  }

  @Bean
  MessageHandlerInterceptor<CommandMessage<?>> newVersionInAnswer() {
    return new NewVersionInAnswer();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new IfMatchOnlyOnEdits()).addPathPatterns("/api/**");
  }
}
