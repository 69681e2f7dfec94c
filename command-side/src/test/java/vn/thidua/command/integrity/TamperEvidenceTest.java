package vn.thidua.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tampering with event rows directly in PostgreSQL is found at the right place, by the stream
 * chains, the sealed global chain, or both. Each test has a database of its own.
 */
class TamperEvidenceTest {
  private ChainDatabase database;
  private ChainSealer sealer;

  @BeforeEach
  void threeAggregatesSealed() throws SQLException {
    database = ChainDatabase.create();
    sealer = new ChainSealer(database.dataSource, 4, Duration.ofMinutes(5));
    // global indexes 1-3 case A, 4-5 case B, 6-9 case C, 10 case A again
    database.append("A", 0, 3);
    database.append("B", 0, 2);
    database.append("C", 0, 4);
    database.append("A", 3, 1);
    assertThat(sealer.sealAvailable()).isEqualTo(10);
  }

  @Test
  void untouchedStoreVerifiesOk() {
    ChainReport report = database.verify();

    assertThat(report.ok()).isTrue();
    assertThat(report.eventsChecked()).isEqualTo(10);
    assertThat(report.sealedEvents()).isEqualTo(10);
    assertThat(report.head().globalIndex()).isEqualTo(10);
    assertThat(report.head().chainHash()).hasSize(64);
    assertThat(report.firstBrokenLink()).isNull();
  }

  @Test
  void editedPayloadIsFoundAtItsRow() {
    database.execute(
        "UPDATE domain_event_entry SET payload = convert_to('{\"caseId\":\"B\",\"step\":9}', 'UTF8')"
            + " WHERE global_index = 5");

    assertFirstBroken(database.verify(), 5, "B", 1, BrokenLink.Problem.STREAM_HASH_DIFFERS);
  }

  @Test
  void editedMetadataIsFoundAtItsRow() {
    database.execute(
        "UPDATE domain_event_entry SET meta_data = convert_to('{\"userId\":\"quantri\"}', 'UTF8')"
            + " WHERE global_index = 7");

    assertFirstBroken(database.verify(), 7, "C", 1, BrokenLink.Problem.STREAM_HASH_DIFFERS);
  }

  @Test
  void editedRowWithItsStreamHashRecomputedBreaksTheNextLinks() {
    // a tamperer who knows the stream hash formula and rewrites the row's hash too
    database.execute(
        "UPDATE domain_event_entry e SET payload = convert_to('{\"forged\":true}', 'UTF8')"
            + " WHERE global_index = 2");
    database.execute(
        "UPDATE domain_event_entry e SET stream_hash = integrity_stream_hash("
            + "(SELECT stream_hash FROM domain_event_entry WHERE global_index = 1), e)"
            + " WHERE global_index = 2");

    ChainReport report = database.verify();

    assertFirstBroken(report, 2, "A", 1, BrokenLink.Problem.CHAIN_HASH_DIFFERS);
    assertThat(report.examples())
        .anySatisfy(
            link -> {
              assertThat(link.globalIndex()).isEqualTo(3);
              assertThat(link.problem()).isEqualTo(BrokenLink.Problem.STREAM_HASH_DIFFERS);
            });
  }

  @Test
  void deletedEventIsFoundWhereItWasSealed() {
    database.execute("DELETE FROM domain_event_entry WHERE global_index = 7");

    ChainReport report = database.verify();

    assertFirstBroken(report, 7, "C", 1, BrokenLink.Problem.SEALED_EVENT_MISSING);
    assertThat(report.examples())
        .anySatisfy(
            link -> {
              assertThat(link.globalIndex()).isEqualTo(8);
              assertThat(link.problem()).isEqualTo(BrokenLink.Problem.PREDECESSOR_MISSING);
            });
  }

  @Test
  void deletedLastEventOfAStreamIsFoundByTheGlobalChain() {
    database.execute("DELETE FROM domain_event_entry WHERE global_index = 5");

    assertFirstBroken(database.verify(), 5, "B", 1, BrokenLink.Problem.SEALED_EVENT_MISSING);
  }

  @Test
  void swappedPayloadsAreFoundAtTheFirstOfTheTwo() {
    database.execute(
        "UPDATE domain_event_entry e SET payload = o.payload FROM domain_event_entry o"
            + " WHERE (e.global_index, o.global_index) IN ((4, 8), (8, 4))");

    ChainReport report = database.verify();

    assertFirstBroken(report, 4, "B", 0, BrokenLink.Problem.STREAM_HASH_DIFFERS);
    assertThat(report.brokenLinks()).isEqualTo(2);
  }

  @Test
  void swappedGlobalIndexesAreFoundAtTheFirstOfTheTwo() {
    database.execute("UPDATE domain_event_entry SET global_index = -3 WHERE global_index = 3");
    database.execute("UPDATE domain_event_entry SET global_index = 3 WHERE global_index = 6");
    database.execute("UPDATE domain_event_entry SET global_index = 6 WHERE global_index = -3");

    ChainReport report = database.verify();

    assertThat(report.ok()).isFalse();
    assertThat(report.firstBrokenLink().globalIndex()).isEqualTo(3);
    assertThat(report.examples())
        .anySatisfy(
            link -> {
              assertThat(link.globalIndex()).isEqualTo(3);
              assertThat(link.problem()).isEqualTo(BrokenLink.Problem.SEALED_EVENT_REPLACED);
              assertThat(link.detail()).contains("sealed here: A #2").contains("now: C #0");
            });
  }

  @Test
  void eventsAppendedAfterSealingAreCoveredByTheirStreamsUntilSealed() throws SQLException {
    database.append("B", 2, 1);
    database.append("D", 0, 1);

    ChainReport beforeSealing = database.verify();
    assertThat(beforeSealing.ok()).isTrue();
    assertThat(beforeSealing.unsealedEvents()).isEqualTo(2);

    assertThat(sealer.sealAvailable()).isEqualTo(2);
    ChainReport afterSealing = database.verify();
    assertThat(afterSealing.ok()).isTrue();
    assertThat(afterSealing.head().globalIndex()).isEqualTo(12);
    assertThat(afterSealing.unsealedEvents()).isZero();
  }

  @Test
  void rolledBackAppendLeavesAGapTheSealerPassesOnceNoTransactionCanFillIt() throws SQLException {
    database.execute("SELECT nextval('domain_event_entry_global_index_seq')");
    database.append("E", 0, 1);

    assertThat(sealer.sealAvailable()).isEqualTo(1);
    assertThat(database.verify().ok()).isTrue();
  }

  @Test
  void eventForgedIntoASkippedIndexIsFound() throws SQLException {
    database.execute("SELECT nextval('domain_event_entry_global_index_seq')");
    database.append("E", 0, 1);
    sealer.sealAvailable();

    database.execute(
        "INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload, meta_data)"
            + " VALUES (11, 'forged', 'F', 0, 'CourtCase', '2023-01-01T00:00:00Z', 'x', '\\x7b7d', NULL)");

    assertFirstBroken(database.verify(), 11, "F", 0, BrokenLink.Problem.NOT_SEALED);
  }

  @Test
  void concurrentAppendsToDifferentAggregatesChainCorrectly() throws Exception {
    int writers = 8;
    int eventsPerAggregate = 5;
    int aggregatesPerWriter = 25;
    AtomicBoolean appending = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    try {
      Future<?> sealing =
          pool.submit(
              () -> {
                while (appending.get()) {
                  sealer.sealAvailable();
                }
                return null;
              });
      List<Future<?>> appends = new ArrayList<>();
      for (int writer = 0; writer < writers; writer++) {
        String prefix = "W" + writer + "-";
        appends.add(
            pool.submit(
                () -> {
                  for (int aggregate = 0; aggregate < aggregatesPerWriter; aggregate++) {
                    for (int sequence = 0; sequence < eventsPerAggregate; sequence++) {
                      database.append(prefix + aggregate, sequence, 1);
                    }
                  }
                }));
      }
      for (Future<?> append : appends) {
        append.get();
      }
      appending.set(false);
      sealing.get();
    } finally {
      pool.shutdownNow();
    }
    sealer.sealAvailable();

    ChainReport report = database.verify();
    long expected = 10 + (long) writers * aggregatesPerWriter * eventsPerAggregate;
    assertThat(report.ok()).as("%s", report.examples()).isTrue();
    assertThat(report.eventsChecked()).isEqualTo(expected);
    assertThat(report.sealedEvents()).isEqualTo(expected);
  }

  private static void assertFirstBroken(
      ChainReport report,
      long globalIndex,
      String aggregate,
      long sequence,
      BrokenLink.Problem problem) {
    assertThat(report.ok()).isFalse();
    assertThat(report.firstBrokenLink())
        .as("%s", report.examples())
        .isEqualTo(
            new BrokenLink(
                globalIndex, aggregate, sequence, problem, report.firstBrokenLink().detail()));
  }
}
