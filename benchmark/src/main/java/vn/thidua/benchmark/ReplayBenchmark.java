package vn.thidua.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.thidua.events.MetadataKeys;
import vn.thidua.stores.EmbeddedStores;

/**
 * Issue 5's replay figures on a nationwide year: (a) a raw JDBC scan of the event table, the
 * baseline; (b) a fresh query side catching up live; (c) a blue/green rebuild of every read model
 * in one pass, while the live ones serve. Run from the repository root after {@code ./mvnw -B -q
 * -Pbenchmark -DskipTests package}: {@code java -Dloader.main=vn.thidua.benchmark.ReplayBenchmark
 * -cp benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher [--units=700] [--cases=600000]}.
 */
public final class ReplayBenchmark {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private ReplayBenchmark() {}

  public static void main(String[] args) throws Exception {
    int units = Integer.parseInt(option(args, "units", "700"));
    int cases = Integer.parseInt(option(args, "cases", "600000"));
    Path queryJar =
        Path.of(option(args, "query-jar", "query-side/target/query-side-0.1.0-SNAPSHOT-exec.jar"));
    PrintStream out = System.out;
    Teardown teardown = new Teardown();
    Runtime.getRuntime().addShutdownHook(new Thread(teardown, "replay-benchmark-teardown"));
    Path data = Files.createTempDirectory("thidua-replay-benchmark-");
    EmbeddedStores stores = teardown.register(EmbeddedStores.start(data, 0, 0));
    List<String> results = new ArrayList<>();
    try (HikariDataSource dataSource = dataSource(stores)) {
      long events = append(dataSource, units, cases, out);
      results.add(
          String.format("events in the store: %,d (%d units, %,d cases)", events, units, cases));
      double scanSeconds = rawScan(dataSource, out);
      results.add(
          String.format(
              "a  raw JDBC scan of the event table: %.1f s (%,.0f events/s)  [baseline]",
              scanSeconds, events / scanSeconds));
      Map<String, String> environment = new HashMap<>();
      environment.put("THIDUA_EVENTSTORE_URL", stores.postgresJdbcUrl());
      environment.put("THIDUA_MONGODB_URI", stores.mongoUri());
      ServiceProcess querySide =
          teardown.register(ServiceProcess.start("query-side", queryJar, 512, environment, data));
      querySide.awaitHealthy(Duration.ofMinutes(3));
      long startedCatchUp = System.nanoTime();
      awaitLiveCaughtUp(querySide.client(), out);
      double catchUpSeconds = (System.nanoTime() - startedCatchUp) / 1e9;
      results.add(
          String.format(
              "b  fresh query side catching up live (all processors): %.1f s (%,.0f events/s)",
              catchUpSeconds, events / catchUpSeconds));
      JsonNode rebuild = rebuildAll(querySide.client(), out);
      double rebuildSeconds =
          Duration.between(
                      java.time.Instant.parse(rebuild.path("startedAt").asText()),
                      java.time.Instant.parse(rebuild.path("finishedAt").asText()))
                  .toMillis()
              / 1000.0;
      results.add(
          String.format(
              "c  rebuild of all read models (one pass, blue/green): %.1f s (%,.0f events/s), %.1f x the raw scan; goal < 120 s; state %s, differences %d",
              rebuildSeconds,
              events / rebuildSeconds,
              rebuildSeconds / scanSeconds,
              rebuild.path("state").asText(),
              differences(rebuild)));
    } finally {
      out.println();
      results.forEach(out::println);
      teardown.run();
    }
    System.exit(0);
  }

  private static long append(HikariDataSource dataSource, int units, int cases, PrintStream out) {
    TransactionManager transactions =
        new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JSON).build();
    JdbcEventStorageEngine engine =
        JdbcEventStorageEngine.builder()
            .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
            .transactionManager(transactions)
            .eventSerializer(serializer)
            .snapshotSerializer(serializer)
            .schema(EventTables.SCHEMA)
            .build();
    engine.createSchema(PostgresEventTableFactory.INSTANCE);
    MetaData clerk =
        MetaData.with(MetadataKeys.USER_ID, "thuky.qn")
            .and(MetadataKeys.USER_UNIT_ID, "TAND-QN")
            .and(MetadataKeys.USER_ROLES, "CLERK");
    List<GenericDomainEventMessage<?>> batch = new ArrayList<>();
    long[] count = {0};
    long started = System.nanoTime();
    new NationwideYearEvents(units, cases)
        .emit(
            event -> {
              batch.add(
                  new GenericDomainEventMessage<>(
                      event.aggregateType(),
                      event.aggregateId(),
                      event.sequence(),
                      event.payload(),
                      clerk));
              if (batch.size() == 2000) {
                transactions.executeInTransaction(() -> engine.appendEvents(batch));
                count[0] += batch.size();
                batch.clear();
                if (count[0] % 200_000 == 0) {
                  out.printf("appended %,d events%n", count[0]);
                }
              }
            });
    transactions.executeInTransaction(() -> engine.appendEvents(batch));
    count[0] += batch.size();
    out.printf("appended %,d events in %.1f s%n", count[0], (System.nanoTime() - started) / 1e9);
    return count[0];
  }

  /** Reads every row as a replay must: payload and metadata bytes, in global order. */
  private static double rawScan(HikariDataSource dataSource, PrintStream out) throws Exception {
    long started = System.nanoTime();
    long rows = 0;
    long bytes = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.setFetchSize(10_000);
        try (ResultSet result =
            statement.executeQuery(
                "SELECT global_index, payload_type, payload, meta_data, time_stamp"
                    + " FROM domain_event_entry ORDER BY global_index")) {
          while (result.next()) {
            rows++;
            bytes += result.getBytes(3).length + result.getBytes(4).length;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf("raw scan: %,d rows, %,d MB in %.1f s%n", rows, bytes >> 20, seconds);
    return seconds;
  }

  private static void awaitLiveCaughtUp(ServiceClient client, PrintStream out) throws Exception {
    long lastPrint = 0;
    while (true) {
      HttpResponse<String> response = client.get(DemoUser.ADMIN, "/api/processors");
      if (response.statusCode() == 200) {
        JsonNode processors = JSON.readTree(response.body());
        long behind = 0;
        for (JsonNode processor :
            processors.isArray() ? processors : processors.path("processors")) {
          behind = Math.max(behind, processor.path("eventsBehind").asLong(Long.MAX_VALUE));
        }
        if (System.nanoTime() - lastPrint > 10e9) {
          out.printf("live processors: at most %,d events behind%n", behind);
          lastPrint = System.nanoTime();
        }
        if (behind == 0) {
          return;
        }
      }
      Thread.sleep(500);
    }
  }

  private static JsonNode rebuildAll(ServiceClient client, PrintStream out) throws Exception {
    HttpResponse<String> started =
        client.postAsync(DemoUser.ADMIN, "/api/read-models/rebuild", Map.of()).join();
    if (started.statusCode() != 202) {
      throw new IllegalStateException(
          "rebuild answered " + started.statusCode() + ": " + started.body());
    }
    String id = JSON.readTree(started.body()).path("rebuildId").asText();
    long lastPrint = 0;
    while (true) {
      JsonNode progress =
          JSON.readTree(client.get(DemoUser.ADMIN, "/api/read-models/rebuilds/" + id).body());
      String state = progress.path("state").asText();
      if (System.nanoTime() - lastPrint > 5e9) {
        out.printf(
            "rebuild %s: %.1f %%, %,.0f events/s, ETA %s s%n",
            state,
            progress.path("percent").asDouble(),
            progress.path("eventsPerSecond").asDouble(),
            progress.path("etaSeconds").asText());
        lastPrint = System.nanoTime();
      }
      if (!state.equals("BUILDING") && !state.equals("SWITCHING")) {
        return progress;
      }
      Thread.sleep(500);
    }
  }

  private static int differences(JsonNode rebuild) {
    int found = 0;
    for (JsonNode check : rebuild.path("checks")) {
      found += check.path("differencesFound").asInt();
    }
    return found;
  }

  private static HikariDataSource dataSource(EmbeddedStores stores) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(stores.postgresJdbcUrl());
    dataSource.setUsername(EmbeddedStores.USER);
    dataSource.setPassword(EmbeddedStores.PASSWORD);
    dataSource.setMaximumPoolSize(4);
    return dataSource;
  }

  private static String option(String[] args, String name, String fallback) {
    for (String arg : args) {
      if (arg.startsWith("--" + name + "=")) {
        return arg.substring(name.length() + 3);
      }
    }
    return fallback;
  }
}
