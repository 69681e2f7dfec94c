package vn.thidua.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import vn.thidua.demo.LoadTally.Kind;

/**
 * Sends chains of requests, several chains at a time. The requests of one chain go one after the
 * other, each only after the one before succeeded: a case's verdict needs the case, its appeal
 * outcome the verdict; a judge's months are one stream, so they go in turn too.
 */
final class ChainSender {
  /** One POST and what it counts as. */
  record Request(Kind kind, DemoUser user, String path, Object body) {}

  private final CommandApi api;
  private final LoadTally tally;
  private final int concurrency;
  private final PrintStream out;

  ChainSender(CommandApi api, LoadTally tally, int concurrency, PrintStream out) {
    this.api = api;
    this.tally = tally;
    this.concurrency = concurrency;
    this.out = out;
  }

  void send(List<List<Request>> chains) throws InterruptedException {
    Semaphore inFlight = new Semaphore(concurrency);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicInteger finished = new AtomicInteger();
    int reportEvery = Math.max(1, chains.size() / 10);
    long started = System.nanoTime();
    for (List<Request> chain : chains) {
      inFlight.acquire();
      if (failure.get() != null) {
        inFlight.release();
        break;
      }
      sendChain(chain)
          .whenComplete(
              (done, error) -> {
                if (error != null) {
                  failure.compareAndSet(null, unwrap(error));
                }
                int count = finished.incrementAndGet();
                if (count % reportEvery == 0) {
                  printProgress(count, chains.size(), started);
                }
                inFlight.release();
              });
    }
    inFlight.acquire(concurrency); // every chain has finished
    if (failure.get() instanceof RuntimeException stop) {
      throw stop;
    }
    if (failure.get() != null) {
      throw new IllegalStateException(failure.get());
    }
  }

  private CompletableFuture<Void> sendChain(List<Request> chain) {
    CompletableFuture<Void> sent = CompletableFuture.completedFuture(null);
    for (Request request : chain) {
      sent =
          sent.thenCompose(ignored -> api.post(request.user(), request.path(), request.body()))
              .thenAccept(answer -> tally.count(request.kind(), answer));
    }
    return sent;
  }

  private void printProgress(int finished, int total, long started) {
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        "  chains %5d/%d: %d requests, %.0f requests/s%n",
        finished, total, tally.requests(), tally.requests() / seconds);
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }
}
