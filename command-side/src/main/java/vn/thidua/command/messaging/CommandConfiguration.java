package vn.thidua.command.messaging;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.events.problem.DomainException;

@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

  /**
   * Two instances (or two requests) that append to one aggregate at once collide on its sequence
   * number; the loser gets a ConcurrencyException, and retrying re-runs the handler on the fresh
   * state, so nothing is lost and no rule is skipped. A broken business rule is final: retrying it
   * would only repeat the same refusal (and slow a bulk import full of bad rows).
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
                .addNonTransientFailurePredicate(DomainException.class, refused -> true)
                .build())
        .build();
  }

  /** Business dates are Vietnamese dates. */
  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
  }
}
