package vn.thidua.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import vn.thidua.stores.EmbeddedStores;

/**
 * Parts a and b: the same events appended with raw JDBC batches (the baseline) and through Axon's
 * storage engine, into a database of their own so the services later start on an empty one.
 */
final class AppendBenchmark {
  private static final String DATABASE = "append_benchmark";
  private static final int ROUNDS = 2;

  record Figures(double rawEventsPerSecond, double axonEventsPerSecond) {
    double axonShareOfRaw() {
      return axonEventsPerSecond / rawEventsPerSecond;
    }
  }

  private final BenchmarkOptions options;
  private final PrintStream out;

  AppendBenchmark(BenchmarkOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  Figures run(EmbeddedStores stores) {
    createDatabase(stores);
    try (HikariDataSource dataSource = pool(stores)) {
      ObjectMapper json =
          new ObjectMapper()
              .registerModule(new JavaTimeModule())
              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
      AxonAppender axon = new AxonAppender(dataSource, json);
      axon.createSchema();
      RawJdbcAppender raw = new RawJdbcAppender(dataSource, json);

      int warmupEvents = Math.max(5_000, options.events() / 10);
      eventsPerSecond(raw, dataSource, warmupEvents);
      eventsPerSecond(axon, dataSource, warmupEvents);
      // best of alternating rounds: other processes on the machine only ever slow a round down
      double bestRaw = 0;
      double bestAxon = 0;
      for (int round = 1; round <= ROUNDS; round++) {
        double rawRate = eventsPerSecond(raw, dataSource, options.events());
        double axonRate = eventsPerSecond(axon, dataSource, options.events());
        out.printf(
            "  round %d: raw JDBC %,.0f events/s, Axon %,.0f events/s%n", round, rawRate, axonRate);
        bestRaw = Math.max(bestRaw, rawRate);
        bestAxon = Math.max(bestAxon, axonRate);
      }
      EventTables.empty(dataSource);
      return new Figures(bestRaw, bestAxon);
    }
  }

  private double eventsPerSecond(EventAppender appender, HikariDataSource dataSource, int events) {
    EventTables.empty(dataSource);
    long started = System.nanoTime();
    for (int first = 0; first < events; first += options.batchSize()) {
      List<SampleEvent> batch =
          IntStream.range(first, Math.min(events, first + options.batchSize()))
              .mapToObj(SampleEvent::number)
              .toList();
      appender.append(batch);
    }
    return events / ((System.nanoTime() - started) / 1e9);
  }

  private static void createDatabase(EmbeddedStores stores) {
    try (Connection connection =
            DriverManager.getConnection(
                stores.postgresJdbcUrl(), EmbeddedStores.USER, EmbeddedStores.PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + DATABASE, e);
    }
  }

  private static HikariDataSource pool(EmbeddedStores stores) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:postgresql://localhost:" + stores.postgresPort() + "/" + DATABASE);
    config.setUsername(EmbeddedStores.USER);
    config.setPassword(EmbeddedStores.PASSWORD);
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }
}
