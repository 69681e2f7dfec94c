package vn.thidua.benchmark.nationwide;

import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many events the processor was behind the head of the store at most, sampled twice a second.
 */
final class BacklogSampler implements AutoCloseable {
  private final AtomicLong maxBehind = new AtomicLong();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "backlog-sampler");
            thread.setDaemon(true);
            return thread;
          });

  BacklogSampler(ProcessorPosition position) {
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            long head = position.head();
            OptionalLong at = position.position();
            if (at.isPresent()) {
              maxBehind.accumulateAndGet(head - at.getAsLong(), Math::max);
            }
          } catch (RuntimeException unreadable) {
            // a missed sample; the next one counts
          }
        },
        0,
        500,
        TimeUnit.MILLISECONDS);
  }

  long maxBehind() {
    return maxBehind.get();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
