package vn.thidua.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.stores.EmbeddedStores;

/** Parts c, d and e: both services as child processes on the benchmark's own stores. */
final class ServiceBenchmarks {
  private static final String COMMAND_SIDE = "command side";
  private static final String QUERY_SIDE = "query side";
  private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(3);
  private static final double P99_GOAL_MILLIS = 20;

  private final BenchmarkOptions options;
  private final Teardown teardown;
  private final ResultTable table;
  private final PrintStream out;

  ServiceBenchmarks(
      BenchmarkOptions options, Teardown teardown, ResultTable table, PrintStream out) {
    this.options = options;
    this.teardown = teardown;
    this.table = table;
    this.out = out;
  }

  void run(EmbeddedStores stores) throws IOException, InterruptedException {
    Path logs = Files.createTempDirectory("thidua-benchmark-");
    out.println("Service logs in " + logs);
    Map<String, String> environment = new HashMap<>();
    environment.put("THIDUA_EVENTSTORE_URL", stores.postgresJdbcUrl());
    environment.put("THIDUA_EVENTSTORE_USER", EmbeddedStores.USER);
    environment.put("THIDUA_EVENTSTORE_PASSWORD", EmbeddedStores.PASSWORD);
    environment.put("THIDUA_MONGODB_URI", stores.mongoUri());
    HeapSampler heap = teardown.register(new HeapSampler());

    out.println("c: command API over HTTP");
    ServiceProcess commandSide =
        teardown.register(
            ServiceProcess.start(
                "command-side", options.commandJar(), options.heapLimitMb(), environment, logs));
    commandSide.awaitHealthy(STARTUP_TIMEOUT);
    heap.watch(COMMAND_SIDE, commandSide.client());
    CommandSideBenchmark.Figures commands =
        new CommandSideBenchmark(options, out).run(commandSide.client());
    heap.sampleNow(COMMAND_SIDE);
    recordCommands(commands);

    ServiceProcess querySide = null;
    if (Files.isRegularFile(options.queryJar())) {
      long acceptedCases = acceptedCasesInStore(stores);
      out.printf("d: query side replays %,d accepted cases%n", acceptedCases);
      querySide =
          teardown.register(
              ServiceProcess.start(
                  "query-side", options.queryJar(), options.heapLimitMb(), environment, logs));
      heap.watch(QUERY_SIDE, querySide.client());
      try {
        ProjectionBenchmark.Figures projection =
            ProjectionBenchmark.run(querySide, acceptedCases, CATCH_UP_TIMEOUT);
        heap.sampleNow(QUERY_SIDE);
        recordProjection(projection);
      } catch (IllegalStateException failed) {
        table.notRun("d", "projection catch-up", failed.getMessage());
      }
    } else {
      table.notRun("d", "projection catch-up", "no jar at " + options.queryJar());
    }

    recordHeap(heap, COMMAND_SIDE, commandSide);
    if (querySide != null) {
      recordHeap(heap, QUERY_SIDE, querySide);
    }
  }

  /** The store's count, not the client's: a command can succeed after its client gave up. */
  private static long acceptedCasesInStore(EmbeddedStores stores) {
    try (Connection connection =
            DriverManager.getConnection(
                stores.postgresJdbcUrl(), EmbeddedStores.USER, EmbeddedStores.PASSWORD);
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type = ?")) {
      count.setString(1, CaseAccepted.class.getName());
      try (ResultSet result = count.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count the accepted cases", e);
    }
  }

  private void recordCommands(CommandSideBenchmark.Figures commands) {
    table.measured(
        "c.i",
        "AcceptCase throughput, "
            + options.concurrency()
            + " in flight, "
            + seconds(options.throughputRun()),
        String.format("%,.0f commands/s", commands.throughput().commandsPerSecond()));
    LatencyRun.Result latency = commands.latency();
    Histogram micros = latency.latencyMicros();
    String run = options.ratePerSecond() + "/s open loop, " + seconds(options.latencyRun());
    table.measured(
        "c.ii", "achieved rate (" + run + ")", String.format("%.0f/s", latency.achievedRate()));
    table.measured("c.ii", "latency p50", millis(micros.getValueAtPercentile(50)));
    table.measured("c.ii", "latency p90", millis(micros.getValueAtPercentile(90)));
    double p99 = micros.getValueAtPercentile(99) / 1000.0;
    table.checked(
        "c.ii",
        "latency p99",
        millis(micros.getValueAtPercentile(99)),
        "< 20 ms",
        p99 < P99_GOAL_MILLIS);
    table.measured("c.ii", "latency max", millis(micros.getMaxValue()));
    long refused = commands.throughput().refused() + latency.refused();
    table.checked("c", "refused commands", Long.toString(refused), "0", refused == 0);
  }

  private void recordProjection(ProjectionBenchmark.Figures projection) {
    table.checked(
        "d",
        "leaderboard counts every accepted case",
        String.format("%,d of %,d", projection.counted(), projection.expected()),
        "all",
        projection.complete());
    table.measured(
        "d",
        "catch-up, from query side launch",
        String.format("%.1f s", projection.secondsSinceStart()));
    table.measured(
        "d",
        projection.rateIncludesStartup() ? "replay rate (incl. start-up)" : "replay rate",
        String.format("%,.0f events/s", projection.eventsPerSecond()));
  }

  private void recordHeap(HeapSampler heap, String service, ServiceProcess process) {
    String figure = service + " heap used, max during run";
    heap.maxBytes(service)
        .ifPresentOrElse(
            bytes -> {
              long megabytes = bytes / (1024 * 1024);
              table.checked(
                  "e",
                  figure,
                  megabytes
                      + " MB (after load "
                      + heap.lastBytes(service).orElse(0L) / (1024 * 1024)
                      + " MB)",
                  "< " + options.heapLimitMb() + " MB, alive",
                  megabytes < options.heapLimitMb() && process.isAlive());
            },
            () -> table.notRun("e", figure, heap.problem(service)));
  }

  private static String millis(long micros) {
    return String.format("%.1f ms", micros / 1000.0);
  }

  private static String seconds(Duration duration) {
    return duration.toSeconds() + " s";
  }
}
