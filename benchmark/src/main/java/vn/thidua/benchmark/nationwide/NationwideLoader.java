package vn.thidua.benchmark.nationwide;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import vn.thidua.benchmark.DemoUser;
import vn.thidua.benchmark.ServiceClient;
import vn.thidua.events.organisation.CourtLevel;

/**
 * Loads the synthetic year through the command side as its users would: the courts and the campaign
 * over the REST API, the caseload through the bulk import endpoint in NDJSON chunks sent by
 * parallel lanes. Loading again is harmless: registered courts and the launched campaign answer
 * 409, imported rows count as unchanged.
 */
final class NationwideLoader {
  private static final String IMPORT = "/api/imports/caseload";
  private static final Duration CHUNK_TIMEOUT = Duration.ofMinutes(15);
  private static final int REGISTRATIONS_IN_FLIGHT = 8;

  record Figures(long rows, long recorded, long unchanged, long rejected, double seconds) {
    double rowsPerSecond() {
      return rows / seconds;
    }
  }

  private final ServiceClient api;
  private final PrintStream out;

  NationwideLoader(ServiceClient api, PrintStream out) {
    this.api = api;
    this.out = out;
  }

  /** Level by level (a court's parent is registered first), a few registrations in flight. */
  void registerCourtsAndLaunch(List<Court> courts) throws InterruptedException {
    long started = System.nanoTime();
    Semaphore inFlight = new Semaphore(REGISTRATIONS_IN_FLIGHT);
    for (CourtLevel level : CourtLevel.values()) {
      List<CompletableFuture<Void>> registered = new ArrayList<>();
      for (Court court : courts) {
        if (court.level() == level) {
          inFlight.acquire();
          registered.add(
              api.postAsync(DemoUser.ADMIN, "/api/units", court.registration())
                  .thenAccept(NationwideLoader::expectCreatedOrDone)
                  .whenComplete((done, error) -> inFlight.release()));
        }
      }
      CompletableFuture.allOf(registered.toArray(CompletableFuture[]::new)).join();
    }
    expectCreatedOrDone(
        api.postAsync(DemoUser.ADMIN, "/api/campaigns", NationwideCampaign.launch(courts)).join());
    out.printf(
        "  %d courts registered and campaign %s launched in %.1f s%n",
        courts.size(), NationwideCampaign.CAMPAIGN_ID, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Sends the chunks through the lanes; every 10 s prints what the finished chunks reported and how
   * fast events reach the store ({@code storeHead}: the store's newest global index).
   */
  Figures importCaseload(CaseloadChunks chunks, int lanes, LongSupplier storeHead)
      throws InterruptedException {
    AtomicLong rows = new AtomicLong();
    AtomicLong recorded = new AtomicLong();
    AtomicLong unchanged = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    AtomicReference<String> firstRejection = new AtomicReference<>();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    long started = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int lane = 1; lane <= lanes; lane++) {
      Thread worker =
          new Thread(
              () -> {
                Optional<CaseloadChunks.Chunk> chunk;
                while (failure.get() == null && (chunk = chunks.next()).isPresent()) {
                  try {
                    JsonNode report = upload(chunk.get());
                    rows.addAndGet(report.path("rows").asLong());
                    recorded.addAndGet(report.path("accepted").asLong());
                    unchanged.addAndGet(report.path("unchanged").asLong());
                    rejected.addAndGet(report.path("rejected").asLong());
                    if (report.path("rejected").asLong() > 0) {
                      firstRejection.compareAndSet(
                          null, report.path("rejections").path(0).toString());
                    }
                  } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                  }
                }
              },
              "import-lane-" + lane);
      worker.start();
      workers.add(worker);
    }
    long lastPrinted = started;
    long headAtStart = storeHead.getAsLong();
    long headAtLastPrint = headAtStart;
    while (workers.stream().anyMatch(Thread::isAlive)) {
      Thread.sleep(1000);
      long now = System.nanoTime();
      if (now - lastPrinted >= 10_000_000_000L) {
        long head = storeHead.getAsLong();
        out.printf(
            "  %,d events stored (%,.0f/s in the last %.0f s, %,.0f/s overall); finished chunks:"
                + " %,d rows, %,d recorded, %,d unchanged, %,d rejected%n",
            head - headAtStart,
            (head - headAtLastPrint) / ((now - lastPrinted) / 1e9),
            (now - lastPrinted) / 1e9,
            (head - headAtStart) / ((now - started) / 1e9),
            rows.get(),
            recorded.get(),
            unchanged.get(),
            rejected.get());
        lastPrinted = now;
        headAtLastPrint = head;
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    if (firstRejection.get() != null) {
      out.println("  first rejected row: " + firstRejection.get());
    }
    return new Figures(
        rows.get(),
        recorded.get(),
        unchanged.get(),
        rejected.get(),
        (System.nanoTime() - started) / 1e9);
  }

  private JsonNode upload(CaseloadChunks.Chunk chunk) {
    HttpResponse<String> response =
        api.postRaw(DemoUser.ADMIN, IMPORT, "application/x-ndjson", chunk.body(), CHUNK_TIMEOUT)
            .join();
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Chunk "
              + chunk.number()
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return ServiceClient.parse(response.body());
  }

  private static void expectCreatedOrDone(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2 && response.statusCode() != 409) {
      throw new IllegalStateException(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
  }
}
