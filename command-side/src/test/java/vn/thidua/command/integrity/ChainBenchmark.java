package vn.thidua.command.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.thidua.events.MetadataKeys;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.stores.EmbeddedStores;

/**
 * What tamper evidence costs and how fast it is checked, in one run on a durable embedded
 * PostgreSQL (fsync and synchronous_commit on), in a database migrated like the command side's:
 *
 * <ol>
 *   <li>appends, best of alternating rounds: raw JDBC batches into a copy of the event table
 *       without the hashing trigger (the spine benchmark's baseline), the same rows into the event
 *       table with it, and Axon's {@code JdbcEventStorageEngine.appendEvents} with it;
 *   <li>the sealer catching up on what was appended;
 *   <li>a store of N events (default 2,000,000: a CaseAccepted and a VerdictRecorded per case)
 *       appended with raw JDBC, sealed, then verified as {@code GET /api/integrity/verify} does.
 * </ol>
 *
 * <p>Arguments: {@code [appendEvents=100000] [verifyEvents=2000000] [batchSize=100]}. See
 * docs/features/integrity.md for the command line.
 */
public final class ChainBenchmark {
  private static final String COLUMNS =
      " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
          + " payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final LocalDate YEAR_STARTS = LocalDate.of(2022, 10, 1);
  private static final CaseType[] TYPES = CaseType.values();
  private static final EventSchema SCHEMA =
      EventSchema.builder()
          .eventTable("domain_event_entry")
          .snapshotTable("snapshot_event_entry")
          .globalIndexColumn("global_index")
          .eventIdentifierColumn("event_identifier")
          .metaDataColumn("meta_data")
          .payloadColumn("payload")
          .payloadRevisionColumn("payload_revision")
          .payloadTypeColumn("payload_type")
          .timestampColumn("time_stamp")
          .aggregateIdentifierColumn("aggregate_identifier")
          .sequenceNumberColumn("sequence_number")
          .typeColumn("type")
          .build();

  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final DataSource dataSource;
  private final int batchSize;

  private ChainBenchmark(DataSource dataSource, int batchSize) {
    this.dataSource = dataSource;
    this.batchSize = batchSize;
  }

  /** The i-th event: case i / 2 accepted (sequence 0), then its verdict (sequence 1). */
  record Event(String caseId, long sequence, Object payload, Map<String, String> metaData) {
    String payloadType() {
      return payload.getClass().getName();
    }
  }

  /**
   * A verdict's fields, in a record of the benchmark's own so it does not follow domain changes.
   */
  record Verdict(
      String caseId,
      String unitId,
      CaseType caseType,
      LocalDate acceptedOn,
      LocalDate resolvedOn,
      VerdictOutcome outcome,
      boolean onlineTrial,
      boolean modelTrial,
      String presidingJudgeId) {}

  static Event event(long i) {
    long number = i / 2;
    String caseId = String.format("BENCH-%08d", number);
    LocalDate acceptedOn = YEAR_STARTS.plusDays(number % 300);
    Object payload =
        i % 2 == 0
            ? new CaseAccepted(
                caseId,
                "TAND-QN-HALONG",
                TYPES[(int) (number % TYPES.length)],
                acceptedOn,
                false,
                acceptedOn.plusDays(90))
            : new Verdict(
                caseId,
                "TAND-QN-HALONG",
                TYPES[(int) (number % TYPES.length)],
                acceptedOn,
                acceptedOn.plusDays(30),
                VerdictOutcome.TRIED,
                false,
                false,
                null);
    return new Event(
        caseId,
        i % 2,
        payload,
        Map.of(
            MetadataKeys.USER_ID, "thuky.qn",
            MetadataKeys.USER_UNIT_ID, "TAND-QN",
            MetadataKeys.USER_ROLES, "CLERK",
            MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString(),
            MetadataKeys.CAUSATION_ID, UUID.randomUUID().toString()));
  }

  public static void main(String[] args) throws Exception {
    int appendEvents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int verifyEvents = args.length > 1 ? Integer.parseInt(args[1]) : 2_000_000;
    int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Path data = Files.createTempDirectory("thidua-chain-benchmark-");
    try (EmbeddedStores stores = EmbeddedStores.start(data, 0, -1);
        HikariDataSource pool = pool(stores)) {
      describe(pool);
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
      ChainBenchmark benchmark = new ChainBenchmark(pool, batchSize);
      benchmark.appends(appendEvents);
      benchmark.verification(verifyEvents);
      System.out.printf(
          "Load average at end: %.1f%n",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      deleteRecursively(data);
    }
  }

  private void appends(int events) throws SQLException {
    System.out.printf("Appending %,d events in batches of %d%n", events, batchSize);
    execute(
        "CREATE TABLE plain_event_entry (LIKE domain_event_entry INCLUDING DEFAULTS"
            + " INCLUDING INDEXES); ALTER TABLE plain_event_entry DROP COLUMN stream_hash");
    List<Event> all = new ArrayList<>(events);
    for (long i = 0; i < events; i++) {
      all.add(event(i));
    }
    AxonAppender axon = new AxonAppender();
    int warmup = Math.max(5_000, events / 10);
    rate(
        "raw JDBC, no chain", () -> rawInsert("plain_event_entry", all.subList(0, warmup)), warmup);
    rate(
        "raw JDBC, chained", () -> rawInsert("domain_event_entry", all.subList(0, warmup)), warmup);
    rate("Axon, chained", () -> axon.append(all.subList(0, warmup)), warmup);
    double bestPlain = 0;
    double bestChained = 0;
    double bestAxon = 0;
    for (int round = 1; round <= 2; round++) {
      double plain = rate("raw JDBC, no chain", () -> rawInsert("plain_event_entry", all), events);
      double chained =
          rate("raw JDBC, chained", () -> rawInsert("domain_event_entry", all), events);
      double viaAxon = rate("Axon, chained", () -> axon.append(all), events);
      System.out.printf(
          "  round %d: raw JDBC without chain %,.0f events/s, raw JDBC chained %,.0f events/s,"
              + " Axon chained %,.0f events/s%n",
          round, plain, chained, viaAxon);
      bestPlain = Math.max(bestPlain, plain);
      bestChained = Math.max(bestChained, chained);
      bestAxon = Math.max(bestAxon, viaAxon);
    }
    ChainSealer sealer = new ChainSealer(dataSource, 5_000, Duration.ofMinutes(5));
    long started = System.nanoTime();
    long sealed = sealer.sealAvailable();
    double sealSeconds = (System.nanoTime() - started) / 1e9;
    System.out.println();
    System.out.printf(
        "a  raw JDBC batch insert, no chain (baseline) %,10.0f events/s%n", bestPlain);
    System.out.printf(
        "a' raw JDBC batch insert, chained             %,10.0f events/s (%.0f %% of a)%n",
        bestChained, 100 * bestChained / bestPlain);
    System.out.printf(
        "b  Axon appendEvents, chained                 %,10.0f events/s (%.0f %% of a, goal >= 50 %%)%n",
        bestAxon, 100 * bestAxon / bestPlain);
    System.out.printf(
        "   sealer catching up on %,d events            %,10.0f events/s%n%n",
        sealed, sealed / sealSeconds);
  }

  private void verification(int events) throws SQLException {
    empty();
    System.out.printf("Appending %,d events with raw JDBC (chained) for verification%n", events);
    long started = System.nanoTime();
    List<Event> batch = new ArrayList<>(1_000);
    for (long i = 0; i < events; i++) {
      batch.add(event(i));
      if (batch.size() == 1_000) {
        rawInsert("domain_event_entry", batch);
        batch.clear();
      }
    }
    rawInsert("domain_event_entry", batch);
    double appendSeconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "  appended in %.1f s (%,.0f events/s)%n", appendSeconds, events / appendSeconds);
    execute("VACUUM ANALYZE domain_event_entry");

    ChainSealer sealer = new ChainSealer(dataSource, 10_000, Duration.ofMinutes(5));
    started = System.nanoTime();
    long sealed = sealer.sealAvailable();
    double sealSeconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "  sealed %,d in %.1f s (%,.0f events/s)%n", sealed, sealSeconds, sealed / sealSeconds);
    execute("VACUUM ANALYZE event_chain");

    for (int run = 1; run <= 2; run++) {
      try (Connection connection = dataSource.getConnection()) {
        started = System.nanoTime();
        ChainReport report = ChainVerifier.verify(connection);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
            "c  verification %d of %,d events: %s in %.1f s (%,.0f events/s, goal < 60 s),"
                + " %,d sealed, head %d %s, heap used %,d MB%n",
            run,
            report.eventsChecked(),
            report.ok() ? "ok" : "BROKEN " + report.firstBrokenLink(),
            seconds,
            report.eventsChecked() / seconds,
            report.sealedEvents(),
            report.head().globalIndex(),
            report.head().chainHash(),
            (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
      }
    }
  }

  private double rate(String what, Runnable append, int events) {
    empty();
    long started = System.nanoTime();
    append.run();
    return events / ((System.nanoTime() - started) / 1e9);
  }

  private void rawInsert(String table, List<Event> events) {
    for (int first = 0; first < events.size(); first += batchSize) {
      List<Event> batch = events.subList(first, Math.min(events.size(), first + batchSize));
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO " + table + COLUMNS)) {
          for (Event event : batch) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, event.caseId());
            insert.setLong(3, event.sequence());
            insert.setString(4, "CourtCase");
            insert.setString(5, Instant.now().toString());
            insert.setString(6, event.payloadType());
            insert.setString(7, null);
            insert.setBytes(8, json.writeValueAsBytes(event.payload()));
            insert.setBytes(9, json.writeValueAsBytes(event.metaData()));
            insert.addBatch();
          }
          insert.executeBatch();
        }
        connection.commit();
      } catch (SQLException | IOException e) {
        throw new IllegalStateException("Raw JDBC append failed", e);
      }
    }
  }

  /** Axon's storage engine wired as in the command side: Jackson, Spring transactions. */
  private final class AxonAppender {
    private final TransactionManager transactions =
        new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    private final JdbcEventStorageEngine engine;

    AxonAppender() {
      JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
      engine =
          JdbcEventStorageEngine.builder()
              .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
              .transactionManager(transactions)
              .eventSerializer(serializer)
              .snapshotSerializer(serializer)
              .persistenceExceptionResolver(new SQLStateResolver("23505"))
              .schema(SCHEMA)
              .build();
    }

    void append(List<Event> events) {
      for (int first = 0; first < events.size(); first += batchSize) {
        List<GenericDomainEventMessage<?>> messages =
            events.subList(first, Math.min(events.size(), first + batchSize)).stream()
                .<GenericDomainEventMessage<?>>map(
                    event ->
                        new GenericDomainEventMessage<>(
                            "CourtCase",
                            event.caseId(),
                            event.sequence(),
                            event.payload(),
                            event.metaData()))
                .toList();
        transactions.executeInTransaction(() -> engine.appendEvents(messages));
      }
    }
  }

  /** Every run starts from empty tables, so no run pays for another's index growth. */
  private void empty() {
    try {
      execute(
          "TRUNCATE domain_event_entry, plain_event_entry, event_chain RESTART IDENTITY;"
              + " UPDATE event_chain_head SET global_index = 0, sealed_events = 0,"
              + " chain_hash = '\\x0000000000000000000000000000000000000000000000000000000000000000'");
      execute("VACUUM ANALYZE domain_event_entry; VACUUM ANALYZE plain_event_entry");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String each : sql.split("; ")) {
        statement.execute(each);
      }
    }
  }

  private static HikariDataSource pool(EmbeddedStores stores) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(stores.postgresJdbcUrl());
    config.setUsername(EmbeddedStores.USER);
    config.setPassword(EmbeddedStores.PASSWORD);
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }

  private static void describe(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet settings =
            statement.executeQuery(
                "SELECT current_setting('server_version'), current_setting('synchronous_commit'),"
                    + " current_setting('fsync')")) {
      settings.next();
      System.out.printf(
          "Environment: %d CPUs, Java %s, PostgreSQL %s (synchronous_commit=%s, fsync=%s),"
              + " load average %.1f, max heap %,d MB%n",
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"),
          settings.getString(1),
          settings.getString(2),
          settings.getString(3),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
