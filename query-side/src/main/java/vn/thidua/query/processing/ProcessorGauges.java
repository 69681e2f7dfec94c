package vn.thidua.query.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Micrometer gauges per processor, tagged {@code processor=<name>}: {@code thidua.processor.lag}
 * (events behind the head), {@code thidua.processor.replay.progress} (percent, 100 when not
 * replaying), {@code thidua.processor.running} and {@code thidua.processor.segments} (claimed
 * here); and {@code thidua.eventstore.head}. Registered once the processors exist.
 */
@Component
class ProcessorGauges {
  private final ProcessorMonitor monitor;
  private final CachedEventStoreHead head;
  private final MeterRegistry registry;

  ProcessorGauges(ProcessorMonitor monitor, CachedEventStoreHead head, MeterRegistry registry) {
    this.monitor = monitor;
    this.head = head;
    this.registry = registry;
  }

  @EventListener(ApplicationReadyEvent.class)
  void register() {
    Gauge.builder("thidua.eventstore.head", head, CachedEventStoreHead::globalIndex)
        .description("Global index of the newest event in the event store")
        .register(registry);
    for (String name : monitor.names()) {
      gauge(
          name,
          "thidua.processor.lag",
          "Events between the head of the event store and the processor's slowest segment",
          status -> status.eventsBehind() == null ? Double.NaN : status.eventsBehind());
      gauge(
          name,
          "thidua.processor.replay.progress",
          "Percent of a replay done; 100 when not replaying",
          status ->
              status.replayProgressPercent() == null
                  ? 100
                  : status.replayProgressPercent().doubleValue());
      gauge(
          name,
          "thidua.processor.running",
          "1 while the processor runs without error, else 0",
          status -> status.running() && !status.error() ? 1 : 0);
      gauge(
          name,
          "thidua.processor.segments",
          "Segments this instance has claimed",
          ProcessorStatusView::segmentsClaimed);
    }
  }

  private void gauge(
      String processor,
      String metric,
      String description,
      ToDoubleFunction<ProcessorStatusView> value) {
    Gauge.builder(
            metric,
            monitor,
            current -> current.status(processor).map(value::applyAsDouble).orElse(Double.NaN))
        .description(description)
        .tag("processor", processor)
        .register(registry);
  }
}
