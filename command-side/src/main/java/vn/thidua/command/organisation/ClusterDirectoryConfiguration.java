package vn.thidua.command.organisation;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClusterDirectoryConfiguration {

  /**
   * Axon only logs a failing event handler by default. The directory must fail with the command
   * instead, so the events and the directory never disagree (and a lost race is retried).
   */
  @Autowired
  void failWithTheCommand(EventProcessingConfigurer processing) {
    processing.registerListenerInvocationErrorHandler(
        ClusterDirectoryUpdater.PROCESSING_GROUP,
        configuration -> PropagatingErrorHandler.instance());
  }
}
