package vn.thidua.benchmark;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import vn.thidua.events.caseload.AcceptCase;
import vn.thidua.events.caseload.CaseType;

/** AcceptCase commands for new cases of the benchmark's court, sent as its clerk. */
final class CaseCommands {
  static final String UNIT_ID = "TAND-QN-HALONG";
  private static final LocalDate YEAR_STARTS = LocalDate.of(2022, 10, 1);
  private static final CaseType[] TYPES = CaseType.values();

  private final ServiceClient api;
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicReference<String> firstRefusal = new AtomicReference<>();

  CaseCommands(ServiceClient api) {
    this.api = api;
  }

  /** Completes with true when the case was accepted (201); never exceptionally. */
  CompletableFuture<Boolean> acceptNext() {
    int number = sequence.incrementAndGet();
    AcceptCase command =
        new AcceptCase(
            String.format("BENCH-%07d", number),
            UNIT_ID,
            TYPES[number % TYPES.length],
            YEAR_STARTS.plusDays(number % 365),
            false);
    return api.postAsync(DemoUser.CLERK, "/api/cases", command)
        .handle(
            (response, error) -> {
              if (error == null && response.statusCode() == 201) {
                return true;
              }
              firstRefusal.compareAndSet(
                  null,
                  error != null ? error.toString() : response.statusCode() + " " + response.body());
              return false;
            });
  }

  Optional<String> firstRefusal() {
    return Optional.ofNullable(firstRefusal.get());
  }
}
