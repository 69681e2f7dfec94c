package vn.thidua.query.processing;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * {@code processors} in /actuator/health: DOWN while a processor is in error (its read model stops
 * where it failed and retries), with each processor's events behind as details.
 */
@Component("processorsHealthIndicator")
class ProcessorsHealthIndicator extends AbstractHealthIndicator {
  private final ProcessorMonitor monitor;

  ProcessorsHealthIndicator(ProcessorMonitor monitor) {
    super("Processor status could not be read");
    this.monitor = monitor;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    boolean anyInError = false;
    for (ProcessorStatusView status : monitor.statuses()) {
      anyInError |= status.error();
      builder.withDetail(
          status.name(),
          java.util.Map.of(
              "running", status.running(),
              "error", status.error(),
              "eventsBehind", status.eventsBehind() == null ? "unknown" : status.eventsBehind(),
              "replaying", status.replaying()));
    }
    if (anyInError) {
      builder.down();
    } else {
      builder.up();
    }
  }
}
