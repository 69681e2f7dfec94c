package vn.thidua.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.thidua.benchmark.nationwide.NationwideBenchmark;
import vn.thidua.stores.EmbeddedStores;

/**
 * Measures Thi Đua's write and read paths on throwaway embedded stores and prints one table, each
 * figure next to its goal; run from the repository root: {@code java -jar
 * benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar [options]} (see {@link BenchmarkOptions}), or
 * the synthetic nationwide year with {@code ... nationwide [options]} (see {@link
 * NationwideBenchmark}).
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("nationwide")) {
      NationwideBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    BenchmarkOptions options = BenchmarkOptions.parse(args);
    PrintStream out = System.out;
    ResultTable table = new ResultTable();
    Teardown teardown = new Teardown();
    Runtime.getRuntime().addShutdownHook(new Thread(teardown, "benchmark-teardown"));
    String environment = "";
    double loadAtStart = systemLoad();
    try {
      EmbeddedStores stores = teardown.register(startStores(options, teardown));
      environment = describe(stores);
      out.println(environment);
      runAppends(options, stores, table, out);
      if (Files.isRegularFile(options.commandJar())) {
        new ServiceBenchmarks(options, teardown, table, out).run(stores);
      } else {
        table.notRun("c-e", "command API, projection, heap", "no jar at " + options.commandJar());
      }
    } catch (Exception e) {
      out.println("Stopped early: " + e);
      table.notRun("-", "the rest of the run", e.getMessage());
    } finally {
      teardown.run();
    }
    out.println();
    out.println(environment);
    // the machine is shared: a high load means other work competed for the CPUs
    out.printf("Load average: %.1f at start, %.1f at end%n", loadAtStart, systemLoad());
    table.print(out);
    System.exit(0);
  }

  private static void runAppends(
      BenchmarkOptions options, EmbeddedStores stores, ResultTable table, PrintStream out) {
    out.printf(
        "a/b: appending %,d CaseAccepted events in batches of %d%n",
        options.events(), options.batchSize());
    AppendBenchmark.Figures append = new AppendBenchmark(options, out).run(stores);
    table.baseline(
        "a",
        "raw JDBC batch insert of event rows",
        String.format("%,.0f events/s", append.rawEventsPerSecond()));
    table.checked(
        "b",
        "Axon JdbcEventStorageEngine.appendEvents",
        String.format(
            "%,.0f events/s (%.0f %% of a)",
            append.axonEventsPerSecond(), 100 * append.axonShareOfRaw()),
        ">= 50 % of a",
        append.axonShareOfRaw() >= 0.5);
  }

  private static EmbeddedStores startStores(BenchmarkOptions options, Teardown teardown)
      throws IOException {
    if (!options.durable()) {
      return EmbeddedStores.startThrowaway();
    }
    // a data folder gives PostgreSQL durable commits and Mongo its file store, as in local mode
    Path data = Files.createTempDirectory("thidua-benchmark-data-");
    teardown.register(() -> deleteRecursively(data));
    return EmbeddedStores.start(data, 0, 0);
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static double systemLoad() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** What the figures depend on: cores, Java, PostgreSQL and its durability settings. */
  private static String describe(EmbeddedStores stores) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                stores.postgresJdbcUrl(), EmbeddedStores.USER, EmbeddedStores.PASSWORD);
        Statement statement = connection.createStatement();
        ResultSet settings =
            statement.executeQuery(
                "SELECT current_setting('server_version'), current_setting('synchronous_commit'),"
                    + " current_setting('fsync')")) {
      settings.next();
      return String.format(
          "Environment: %d CPUs, Java %s, PostgreSQL %s (synchronous_commit=%s, fsync=%s)",
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"),
          settings.getString(1),
          settings.getString(2),
          settings.getString(3));
    }
  }
}
