package vn.thidua.benchmark;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Open loop: sends at a fixed rate by the wall clock, whatever the answers do, and measures each
 * latency from the moment the command was due. A slow answer therefore also counts against the
 * commands queued behind it (no coordinated omission).
 */
final class LatencyRun {
  private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

  record Result(Histogram latencyMicros, long sent, long refused, double achievedRate) {}

  private LatencyRun() {}

  static Result run(CaseCommands cases, int ratePerSecond, Duration duration)
      throws InterruptedException {
    Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
    AtomicLong refused = new AtomicLong();
    long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
    int count = (int) (duration.toNanos() / interval);
    CountDownLatch answered = new CountDownLatch(count);
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = started + i * interval;
      sleepUntil(due);
      cases
          .acceptNext()
          .thenAccept(
              ok -> {
                long micros = (System.nanoTime() - due) / 1_000;
                synchronized (histogram) {
                  histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
                }
                if (!ok) {
                  refused.incrementAndGet();
                }
                answered.countDown();
              });
    }
    double sendingSeconds = (System.nanoTime() - started) / 1e9;
    answered.await(1, TimeUnit.MINUTES);
    return new Result(histogram, count, refused.get(), count / sendingSeconds);
  }

  private static void sleepUntil(long nanoTime) {
    long remaining;
    while ((remaining = nanoTime - System.nanoTime()) > 0) {
      LockSupport.parkNanos(remaining);
    }
  }
}
