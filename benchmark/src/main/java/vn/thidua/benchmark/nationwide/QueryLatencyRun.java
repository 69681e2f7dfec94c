package vn.thidua.benchmark.nationwide;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import vn.thidua.benchmark.DemoUser;
import vn.thidua.benchmark.ServiceClient;

/**
 * Part b: GET of the phase leaderboard at a fixed rate (open loop), each latency measured from the
 * moment the request was due, so a slow answer also counts against the requests behind it.
 */
final class QueryLatencyRun {
  private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);
  static final String PATH =
      "/api/campaigns/"
          + NationwideCampaign.CAMPAIGN_ID
          + "/leaderboard?phaseId="
          + NationwideCampaign.PHASE_2;

  record Result(Histogram latencyMicros, long sent, long failed) {}

  private QueryLatencyRun() {}

  static Result run(ServiceClient querySide, int ratePerSecond, Duration duration)
      throws InterruptedException {
    Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
    AtomicLong failed = new AtomicLong();
    long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
    int count = (int) (duration.toNanos() / interval);
    CountDownLatch answered = new CountDownLatch(count);
    ExecutorService senders = Executors.newFixedThreadPool(16);
    long started = System.nanoTime();
    try {
      for (int i = 0; i < count; i++) {
        long due = started + i * interval;
        while (due - System.nanoTime() > 0) {
          LockSupport.parkNanos(due - System.nanoTime());
        }
        senders.execute(
            () -> {
              try {
                if (querySide.get(DemoUser.ANALYST, PATH).statusCode() != 200) {
                  failed.incrementAndGet();
                }
              } catch (Exception e) {
                failed.incrementAndGet();
              }
              long micros = (System.nanoTime() - due) / 1_000;
              synchronized (histogram) {
                histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
              }
              answered.countDown();
            });
      }
      answered.await(2, TimeUnit.MINUTES);
    } finally {
      senders.shutdownNow();
    }
    return new Result(histogram, count, failed.get());
  }
}
