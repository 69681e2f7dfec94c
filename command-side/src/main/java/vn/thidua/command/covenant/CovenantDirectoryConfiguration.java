package vn.thidua.command.covenant;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CovenantDirectoryConfiguration {

  /**
   * Axon only logs a failing event handler by default. The directory must fail with the command
   * instead, so a second covenant for one cluster, drafted at the same moment, is rolled back.
   */
  @Autowired
  void failWithTheCommand(EventProcessingConfigurer processing) {
    processing.registerListenerInvocationErrorHandler(
        CovenantDirectoryUpdater.PROCESSING_GROUP,
        configuration -> PropagatingErrorHandler.instance());
  }
}
