package vn.thidua.benchmark.nationwide;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;
import vn.thidua.benchmark.HeapSampler;
import vn.thidua.benchmark.ResultTable;
import vn.thidua.benchmark.ServiceProcess;
import vn.thidua.benchmark.Teardown;
import vn.thidua.stores.EmbeddedStores;

/**
 * A synthetic nationwide court year loaded through the command side into stores that persist in a
 * data directory, then measured: (a) event to leaderboard visible to an SSE client while commands
 * arrive at a fixed rate, (b) leaderboard query latency, (c) heap of each service, (d) catch-up of
 * a fresh query side. Run from the repository root: {@code java -jar
 * benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar nationwide [options]} (see {@link
 * NationwideOptions}).
 */
public final class NationwideBenchmark {
  private static final String COMMAND_SIDE = "command side";
  private static final String QUERY_SIDE = "query side";
  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

  private final NationwideOptions options;
  private final PrintStream out;
  private final ResultTable table = new ResultTable();
  private final Teardown teardown = new Teardown();

  private NationwideBenchmark(NationwideOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) {
    NationwideBenchmark benchmark =
        new NationwideBenchmark(NationwideOptions.parse(args), System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(benchmark.teardown, "benchmark-teardown"));
    double loadAtStart = systemLoad();
    try {
      benchmark.run();
    } catch (Exception e) {
      e.printStackTrace(System.out);
      benchmark.table.notRun("-", "the rest of the run", String.valueOf(e.getMessage()));
    } finally {
      benchmark.teardown.run();
    }
    System.out.println();
    System.out.printf("Load average: %.1f at start, %.1f at end%n", loadAtStart, systemLoad());
    benchmark.table.print(System.out);
    System.exit(0);
  }

  private void run() throws Exception {
    List<Court> courts = CourtDirectory.of(options.units(), options.seed());
    Path data = Files.createDirectories(options.dataDirectory());
    Optional<LoadedYear> loaded =
        LoadedYear.readFrom(data)
            .filter(year -> year.sameAs(courts.size(), options.cases(), options.seed()));
    out.printf(
        "Nationwide year: %d courts, %,d cases, seed %d, data in %s%s%n",
        courts.size(),
        options.cases(),
        options.seed(),
        data.toAbsolutePath(),
        loaded.isPresent() ? " (loaded before)" : "");
    EmbeddedStores stores = teardown.register(EmbeddedStores.start(data, 0, 0));
    Map<String, String> environment = new HashMap<>();
    environment.put("THIDUA_EVENTSTORE_URL", stores.postgresJdbcUrl());
    environment.put("THIDUA_EVENTSTORE_USER", EmbeddedStores.USER);
    environment.put("THIDUA_EVENTSTORE_PASSWORD", EmbeddedStores.PASSWORD);
    environment.put("THIDUA_MONGODB_URI", stores.mongoUri());
    Path logs = Files.createDirectories(data.resolve("logs"));
    out.println("Service logs in " + logs.toAbsolutePath());
    HeapSampler heap = teardown.register(new HeapSampler());
    ServiceProcess commandSide = start("command-side", options.commandJar(), environment, logs);
    ServiceProcess querySide = start("query-side", options.queryJar(), environment, logs);
    commandSide.awaitHealthy(STARTUP_TIMEOUT);
    querySide.awaitHealthy(STARTUP_TIMEOUT);
    heap.watch(COMMAND_SIDE, commandSide.client());
    heap.watch(QUERY_SIDE, querySide.client());

    ProcessorPosition position =
        teardown.register(
            new ProcessorPosition(
                stores.postgresJdbcUrl(), stores.mongoUri(), options.processor()));
    LoadedYear year =
        loaded.isPresent() && options.reuseData()
            ? loaded.get()
            : load(courts, commandSide, data, position);
    awaitCaughtUp(position, querySide);
    if (options.loadOnly()) {
      return;
    }

    String probeUnit =
        courts.stream()
            .filter(court -> court.unitId().contains("-KV"))
            .findFirst()
            .orElseThrow()
            .unitId();
    measureLive(commandSide, querySide, probeUnit, position);
    recordHeap(heap, COMMAND_SIDE, commandSide);
    recordHeap(heap, QUERY_SIDE, querySide);
    measureCatchUp(environment, stores.postgresJdbcUrl(), logs, year);
  }

  private LoadedYear load(
      List<Court> courts, ServiceProcess commandSide, Path data, ProcessorPosition position)
      throws InterruptedException {
    out.println("Loading through the command side");
    NationwideLoader loader = new NationwideLoader(commandSide.client(), out);
    loader.registerCourtsAndLaunch(courts);
    CaseloadChunks chunks =
        new CaseloadChunks(
            courts,
            CaseloadChunks.shareOut(courts, options.cases()),
            options.seed(),
            options.chunkRows());
    NationwideLoader.Figures imported =
        loader.importCaseload(chunks, options.lanes(), position::head);
    out.printf(
        "  imported %,d rows (events) in %.1f s: %,.0f rows/s; %,d recorded, %,d unchanged, %,d"
            + " rejected%n",
        imported.rows(),
        imported.seconds(),
        imported.rowsPerSecond(),
        imported.recorded(),
        imported.unchanged(),
        imported.rejected());
    table.measured(
        "load",
        "bulk import, "
            + options.lanes()
            + " lanes of "
            + options.chunkRows()
            + "-row NDJSON chunks ("
            + String.format("%,d", imported.rows())
            + " rows)",
        String.format("%,.0f rows/s", imported.rowsPerSecond()));
    table.checked(
        "load", "rows rejected", Long.toString(imported.rejected()), "0", imported.rejected() == 0);
    LoadedYear year =
        new LoadedYear(
            courts.size(),
            options.cases(),
            options.seed(),
            chunks.rowsSoFar(),
            chunks.verdictsSoFar());
    year.save(data);
    return year;
  }

  /** The live figures need a query side that is up to date, not one working off a backlog. */
  private void awaitCaughtUp(ProcessorPosition position, ServiceProcess querySide)
      throws InterruptedException {
    long head = position.head();
    long started = System.nanoTime();
    long deadline = started + options.catchUpTimeout().toNanos();
    long lastPrinted = started;
    while (true) {
      querySide.requireAlive();
      OptionalLong at = position.position();
      if (at.isPresent() && at.getAsLong() >= head) {
        break;
      }
      long now = System.nanoTime();
      if (now > deadline) {
        throw new IllegalStateException(
            "The query side did not catch up within " + options.catchUpTimeout());
      }
      if (now - lastPrinted > 10_000_000_000L) {
        out.printf(
            "  query side's %s processor at %,d of %,d%n", options.processor(), at.orElse(0), head);
        lastPrinted = now;
      }
      Thread.sleep(200);
    }
    out.printf(
        "  query side caught up with the store's %,d events (%.1f s after the load)%n",
        head, (System.nanoTime() - started) / 1e9);
  }

  private void measureLive(
      ServiceProcess commandSide,
      ServiceProcess querySide,
      String probeUnit,
      ProcessorPosition position)
      throws Exception {
    LiveLatencyRun live = new LiveLatencyRun(commandSide.client(), querySide.client(), probeUnit);
    // freshly started services run interpreted code at first: warm both paths up, unrecorded
    out.println("warm-up: 10 s of queries and commands, not recorded");
    QueryLatencyRun.run(querySide.client(), options.queryRatePerSecond(), Duration.ofSeconds(10));
    live.run(options.baselineRatePerSecond(), Duration.ofSeconds(10));
    out.printf(
        "b: leaderboard query, idle, %d/s for 10 s (baseline)%n", options.queryRatePerSecond());
    QueryLatencyRun.Result idleQueries =
        QueryLatencyRun.run(
            querySide.client(), options.queryRatePerSecond(), Duration.ofSeconds(10));
    out.printf(
        "a: event to SSE client at %d commands/s for %d s (baseline)%n",
        options.baselineRatePerSecond(), options.baselineRun().toSeconds());
    LiveLatencyRun.Result quiet = live.run(options.baselineRatePerSecond(), options.baselineRun());
    out.printf(
        "a: event to SSE client at %d commands/s for %d s, queries at %d/s alongside%n",
        options.ratePerSecond(), options.latencyRun().toSeconds(), options.queryRatePerSecond());
    CompletableFuture<QueryLatencyRun.Result> busyQueries =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return QueryLatencyRun.run(
                    querySide.client(), options.queryRatePerSecond(), options.latencyRun());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
            });
    LiveLatencyRun.Result loaded;
    long maxBehind;
    try (BacklogSampler backlog = new BacklogSampler(position)) {
      loaded = live.run(options.ratePerSecond(), options.latencyRun());
      maxBehind = backlog.maxBehind();
    }
    recordLive("a", options.baselineRatePerSecond() + " commands/s (baseline)", quiet, false);
    recordLive("a", options.ratePerSecond() + " commands/s, open loop", loaded, true);
    // the live path can only be as fast as the processor that writes the leaderboard
    table.measured(
        "a",
        "  " + options.processor() + " processor behind the store's head, at most",
        String.format("%,d events", maxBehind));
    recordQueries("b", "idle (baseline)", idleQueries, false);
    recordQueries(
        "b", "under " + options.ratePerSecond() + " commands/s", busyQueries.join(), true);
  }

  private void recordLive(String part, String label, LiveLatencyRun.Result result, boolean goal) {
    Histogram micros = result.visibleMicros();
    table.measured(
        part,
        "event → SSE client, " + label + ": achieved rate",
        String.format(
            "%.0f/s (%d sent, %d refused)", result.rate(), result.sent(), result.refused()));
    table.measured(part, "  p50", millis(micros.getValueAtPercentile(50)));
    table.measured(part, "  p90", millis(micros.getValueAtPercentile(90)));
    double p99 = micros.getValueAtPercentile(99) / 1000.0;
    if (goal) {
      table.checked(part, "  p99", millis(micros.getValueAtPercentile(99)), "< 1 s", p99 < 1000);
    } else {
      table.measured(part, "  p99", millis(micros.getValueAtPercentile(99)));
    }
    table.checked(
        part, "  never seen", Long.toString(result.neverSeen()), "0", result.neverSeen() == 0);
  }

  private void recordQueries(
      String part, String label, QueryLatencyRun.Result result, boolean goal) {
    Histogram micros = result.latencyMicros();
    String figure =
        "GET leaderboard, "
            + options.queryRatePerSecond()
            + "/s, "
            + label
            + " ("
            + result.failed()
            + " failed)";
    table.measured(part, figure + " p50", millis(micros.getValueAtPercentile(50)));
    double p99 = micros.getValueAtPercentile(99) / 1000.0;
    if (goal) {
      table.checked(
          part, figure + " p99", millis(micros.getValueAtPercentile(99)), "< 50 ms", p99 < 50);
    } else {
      table.measured(part, figure + " p99", millis(micros.getValueAtPercentile(99)));
    }
  }

  /**
   * Part d: a second query side replays the whole store into a Mongo stand-in of its own (in
   * memory, so the data directory is left as it was); its processor's token tells how far it got.
   */
  private void measureCatchUp(
      Map<String, String> environment, String jdbcUrl, Path logs, LoadedYear year)
      throws InterruptedException {
    try (EmbeddedStores freshMongo = EmbeddedStores.start(null, -1, 0);
        ProcessorPosition position =
            new ProcessorPosition(jdbcUrl, freshMongo.mongoUri(), options.processor())) {
      Map<String, String> fresh = new HashMap<>(environment);
      fresh.put("THIDUA_MONGODB_URI", freshMongo.mongoUri());
      long head = position.head();
      out.printf(
          "d: a fresh query side replays %,d events (%,d of them the year's import) for at most %d"
              + " s%n",
          head, year.rows(), options.catchUpRun().toSeconds());
      try (ServiceProcess replaying =
          ServiceProcess.start(
              "query-side-catch-up", options.queryJar(), options.heapLimitMb(), fresh, logs)) {
        recordCatchUp(watchCatchUp(replaying, position, head), head);
      }
    } catch (IllegalStateException failed) {
      table.notRun("d", "query side catch-up", failed.getMessage());
    }
  }

  private record CatchUp(long firstIndex, long lastIndex, double seconds) {}

  /** From the first token the processor stores until it reaches the head or the time is up. */
  private CatchUp watchCatchUp(ServiceProcess replaying, ProcessorPosition position, long head)
      throws InterruptedException {
    long firstSeen = 0;
    long firstIndex = 0;
    long lastIndex = 0;
    long deadline = Long.MAX_VALUE;
    long startupDeadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (lastIndex < head && System.nanoTime() < deadline) {
      replaying.requireAlive();
      OptionalLong at = position.position();
      if (at.isPresent()) {
        lastIndex = at.getAsLong();
        if (firstSeen == 0) {
          firstSeen = System.nanoTime();
          firstIndex = lastIndex;
          deadline = firstSeen + options.catchUpRun().toNanos();
        }
      } else if (System.nanoTime() > startupDeadline) {
        throw new IllegalStateException("the fresh query side stored no token");
      }
      Thread.sleep(250);
    }
    return new CatchUp(firstIndex, lastIndex, (System.nanoTime() - firstSeen) / 1e9);
  }

  private void recordCatchUp(CatchUp catchUp, long head) {
    long processed = catchUp.lastIndex() - catchUp.firstIndex();
    table.measured(
        "d",
        "query side catch-up (" + options.processor() + " processor)",
        String.format(
            "%,.0f events/s (%,d events in %.1f s%s)",
            processed / catchUp.seconds(),
            processed,
            catchUp.seconds(),
            catchUp.lastIndex() >= head
                ? ", caught up"
                : ", stopped at " + catchUp.lastIndex() + " of " + head));
  }

  private void recordHeap(HeapSampler heap, String service, ServiceProcess process) {
    heap.sampleNow(service);
    String figure = service + " heap used, max during run";
    heap.maxBytes(service)
        .ifPresentOrElse(
            bytes -> {
              long megabytes = bytes / (1024 * 1024);
              table.checked(
                  "c",
                  figure,
                  megabytes + " MB",
                  "< " + options.heapLimitMb() + " MB, alive",
                  megabytes < options.heapLimitMb() && process.isAlive());
            },
            () -> table.notRun("c", figure, heap.problem(service)));
  }

  private ServiceProcess start(String name, Path jar, Map<String, String> environment, Path logs)
      throws IOException {
    return teardown.register(
        ServiceProcess.start(name, jar, options.heapLimitMb(), environment, logs));
  }

  private static String millis(long micros) {
    return String.format("%.1f ms", micros / 1000.0);
  }

  private static double systemLoad() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
