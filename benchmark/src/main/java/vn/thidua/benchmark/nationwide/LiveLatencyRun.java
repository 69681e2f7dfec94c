package vn.thidua.benchmark.nationwide;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import vn.thidua.benchmark.DemoUser;
import vn.thidua.benchmark.ServiceClient;
import vn.thidua.events.caseload.AcceptCase;
import vn.thidua.events.caseload.CaseType;

/**
 * Part a: AcceptCase commands for one court at a fixed rate (open loop), while an SSE client
 * watches the phase's leaderboard. The k-th case to be acknowledged is taken as visible once the
 * stream shows the court with k more accepted cases than at the start; the latency is from the
 * acknowledgement (the event is in the store) to that moment.
 */
final class LiveLatencyRun {
  private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);
  private static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 6, 15);

  record Result(Histogram visibleMicros, long sent, long refused, long neverSeen, double rate) {}

  private final ServiceClient commandSide;
  private final ServiceClient querySide;
  private final String unitId;
  private final AtomicInteger sequence = new AtomicInteger();
  private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  LiveLatencyRun(ServiceClient commandSide, ServiceClient querySide, String unitId) {
    this.commandSide = commandSide;
    this.querySide = querySide;
    this.unitId = unitId;
  }

  Result run(int ratePerSecond, Duration duration) throws Exception {
    long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
    int count = (int) (duration.toNanos() / interval);
    long[] acknowledged = new long[count];
    long[] visible = new long[count];
    AtomicInteger acknowledgedCount = new AtomicInteger();
    AtomicLong refused = new AtomicLong();
    AtomicLong baseline = new AtomicLong(-1);
    AtomicInteger visibleCount = new AtomicInteger();
    AtomicReference<String> firstRefusal = new AtomicReference<>();
    String path =
        "/api/campaigns/"
            + NationwideCampaign.CAMPAIGN_ID
            + "/leaderboard/stream?phaseId="
            + NationwideCampaign.PHASE_2;
    try (LeaderboardWatcher watcher =
        new LeaderboardWatcher(
            querySide,
            path,
            unitId,
            (accepted, receivedNanos) -> {
              if (baseline.compareAndSet(-1, accepted)) {
                return;
              }
              synchronized (visible) {
                int now = (int) Math.min(count, accepted - baseline.get());
                for (int k = visibleCount.get(); k < now; k++) {
                  visible[k] = receivedNanos;
                }
                visibleCount.set(Math.max(visibleCount.get(), now));
              }
            })) {
      while (baseline.get() < 0) {
        Thread.sleep(10);
      }
      CountDownLatch answered = new CountDownLatch(count);
      long started = System.nanoTime();
      for (int i = 0; i < count; i++) {
        long due = started + i * interval;
        while (due - System.nanoTime() > 0) {
          LockSupport.parkNanos(due - System.nanoTime());
        }
        commandSide
            .postAsync(DemoUser.ADMIN, "/api/cases", nextCase())
            .whenComplete(
                (response, error) -> {
                  long now = System.nanoTime();
                  if (error == null && response.statusCode() == 201) {
                    synchronized (acknowledged) {
                      acknowledged[acknowledgedCount.getAndIncrement()] = now;
                    }
                  } else {
                    refused.incrementAndGet();
                    firstRefusal.compareAndSet(
                        null, error != null ? error.toString() : response.body());
                  }
                  answered.countDown();
                });
      }
      double rate = count / ((System.nanoTime() - started) / 1e9);
      answered.await(2, TimeUnit.MINUTES);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (visibleCount.get() < acknowledgedCount.get() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      if (firstRefusal.get() != null) {
        System.out.println("  first refused command: " + firstRefusal.get());
      }
      return result(
          acknowledged,
          acknowledgedCount.get(),
          visible,
          visibleCount.get(),
          count,
          refused.get(),
          rate);
    }
  }

  private static Result result(
      long[] acknowledged,
      int acknowledgedCount,
      long[] visible,
      int visibleCount,
      int sent,
      long refused,
      double rate) {
    long[] inOrder = Arrays.copyOf(acknowledged, acknowledgedCount);
    Arrays.sort(inOrder);
    Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
    int seen = Math.min(visibleCount, acknowledgedCount);
    for (int k = 0; k < seen; k++) {
      // the stream can show a case before its HTTP answer arrives: that counts as no delay
      long micros = Math.max(0, (visible[k] - inOrder[k]) / 1_000);
      histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
    }
    return new Result(histogram, sent, refused, acknowledgedCount - seen, rate);
  }

  private AcceptCase nextCase() {
    int number = sequence.incrementAndGet();
    return new AcceptCase(
        String.format("LIVE-%s-%06d", run, number), unitId, CaseType.CIVIL, ACCEPTED_ON, false);
  }
}
