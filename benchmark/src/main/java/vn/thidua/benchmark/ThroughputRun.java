package vn.thidua.benchmark;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/** Closed loop: keeps a fixed number of commands in flight for a while and counts answers. */
final class ThroughputRun {
  record Result(long accepted, long refused, double commandsPerSecond) {}

  private ThroughputRun() {}

  static Result run(CaseCommands cases, int inFlight, Duration duration)
      throws InterruptedException {
    Semaphore slots = new Semaphore(inFlight);
    AtomicLong accepted = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    long started = System.nanoTime();
    long deadline = started + duration.toNanos();
    while (System.nanoTime() < deadline) {
      slots.acquire();
      cases
          .acceptNext()
          .thenAccept(
              ok -> {
                (ok ? accepted : refused).incrementAndGet();
                slots.release();
              });
    }
    slots.acquire(inFlight); // the last answers belong to the run
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(accepted.get(), refused.get(), accepted.get() / seconds);
  }
}
