package vn.thidua.command.messaging;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.events.problem.DomainException;
import vn.thidua.support.web.StoreUnavailable;

@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

  /**
   * Two instances (or two requests) that append to one aggregate at once collide on its sequence
   * number; the loser gets a ConcurrencyException, and retrying re-runs the handler on the fresh
   * state, so nothing is lost and no rule is skipped.
   */
  @Bean
  CommandGateway commandGateway(
      CommandBus commandBus, @Value("${thidua.command.retries:8}") int retries) {
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(
            IntervalRetryScheduler.builder()
                .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                .retryInterval(15)
                .maxRetryCount(retries)
                // a broken business rule stays broken: answer at once instead of retrying
                .addNonTransientFailurePredicate(DomainException.class, rule -> true)
                .addNonTransientFailurePredicate(AggregateNotFoundException.class, missing -> true)
                // nor does a stopped database come back within the retries: each would wait for a
                // connection in the one retry thread, holding every other retry behind it; the
                // client gets its 503 at once and may send the command again
                .addNonTransientFailurePredicate(Throwable.class, StoreUnavailable::causedBy)
                .build())
        .build();
  }

  /**
   * The command side's event handlers keep lookup tables in the command's own transaction: a
   * failing handler must fail the command, not be logged while its event is stored anyway.
   */
  @Autowired
  void propagateHandlerFailures(EventProcessingConfigurer processing) {
    processing.registerDefaultListenerInvocationErrorHandler(
        configuration -> PropagatingErrorHandler.instance());
  }

  /** Business dates are Vietnamese dates. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
  }
}
