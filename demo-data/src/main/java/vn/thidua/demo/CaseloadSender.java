package vn.thidua.demo;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import vn.thidua.demo.LoadTally.Kind;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.VerdictOutcome;

/**
 * Sends the cases as the clerk, several at a time. Each case is one chain: its verdict goes only
 * after its acceptance succeeded, since the verdict needs the case.
 */
final class CaseloadSender {
  private final CommandApi api;
  private final LoadTally tally;
  private final int concurrency;
  private final PrintStream out;

  CaseloadSender(CommandApi api, LoadTally tally, int concurrency, PrintStream out) {
    this.api = api;
    this.tally = tally;
    this.concurrency = concurrency;
    this.out = out;
  }

  /** The body of POST /api/cases/{caseId}/verdict: the case id is in the path. */
  private record VerdictRequest(
      LocalDate resolvedOn,
      VerdictOutcome outcome,
      boolean onlineTrial,
      boolean modelTrial,
      String presidingJudgeId) {
    static VerdictRequest of(RecordVerdict verdict) {
      return new VerdictRequest(
          verdict.resolvedOn(),
          verdict.outcome(),
          verdict.onlineTrial(),
          verdict.modelTrial(),
          verdict.presidingJudgeId());
    }
  }

  void send(List<PlannedCase> cases) throws InterruptedException {
    Semaphore inFlight = new Semaphore(concurrency);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicInteger finished = new AtomicInteger();
    int reportEvery = Math.max(1, cases.size() / 10);
    long started = System.nanoTime();
    for (PlannedCase planned : cases) {
      inFlight.acquire();
      if (failure.get() != null) {
        inFlight.release();
        break;
      }
      sendOne(planned)
          .whenComplete(
              (done, error) -> {
                if (error != null) {
                  failure.compareAndSet(null, unwrap(error));
                }
                int count = finished.incrementAndGet();
                if (count % reportEvery == 0) {
                  printProgress(count, cases.size(), started);
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

  private CompletableFuture<Void> sendOne(PlannedCase planned) {
    CompletableFuture<Void> accepted =
        api.post(DemoUser.CLERK, "/api/cases", planned.acceptance())
            .thenAccept(answer -> tally.count(Kind.ACCEPTANCES, answer));
    return planned
        .verdict()
        .map(
            verdict ->
                accepted
                    .thenCompose(
                        ignored ->
                            api.post(
                                DemoUser.CLERK,
                                "/api/cases/" + planned.caseId() + "/verdict",
                                VerdictRequest.of(verdict)))
                    .thenAccept(answer -> tally.count(Kind.VERDICTS, answer)))
        .orElse(accepted);
  }

  private void printProgress(int finished, int total, long started) {
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        "  cases %5d/%d: %d accepted, %d verdicts, %.0f requests/s%n",
        finished,
        total,
        tally.total(Kind.ACCEPTANCES),
        tally.total(Kind.VERDICTS),
        (tally.total(Kind.ACCEPTANCES) + tally.total(Kind.VERDICTS)) / seconds);
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }
}
