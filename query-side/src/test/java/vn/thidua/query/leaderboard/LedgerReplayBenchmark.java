package vn.thidua.query.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.JudgmentPublished;
import vn.thidua.events.caseload.JudgmentTookEffect;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.QuerySideIntegrationTest;

/**
 * How fast the ledger processor folds a synthetic year: 700 units in one campaign (every case event
 * also lands in three leaderboards), about 100,000 events. Prints events per second for the live
 * catch-up and for a replay after a reset; a measurement, not a timed assertion. Run with
 *
 * <pre>
 * ./mvnw -B -o -pl query-side -am verify -Dtest=LedgerReplayBenchmark -Dledger.benchmark=true \
 *   -Dsurefire.failIfNoSpecifiedTests=false [-Dledger.benchmark.events=100000] \
 *   [-Dledger.benchmark.chronological=true]
 * </pre>
 *
 * By default each case's events follow each other, with business dates spread over the year (every
 * batch touches most month documents: the worst case); chronological appends them by business date,
 * as courts record them.
 *
 * <pre>
 * </pre>
 */
@EnabledIfSystemProperty(named = "ledger.benchmark", matches = "true")
class LedgerReplayBenchmark extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final int UNITS = 700;
  private static final Duration PATIENCE = Duration.ofMinutes(20);
  private static final LocalDate YEAR_START = LocalDate.parse("2022-10-01");

  @Autowired EventStorageEngine storage;
  @Autowired EventProcessingConfiguration processing;
  @Autowired Leaderboards leaderboards;

  private final Map<String, Long> sequences = new HashMap<>();
  private final List<DomainEventMessage<?>> pending = new ArrayList<>();
  private final List<Dated> caseload = new ArrayList<>();
  private final MetaData clerk = actedBy("thuky.qn", "TAND-QN", "benchmark-" + RUN);
  private long appended;

  @Test
  void foldsASyntheticYear() {
    int target = Integer.getInteger("ledger.benchmark.events", 100_000);
    TrackingEventProcessor processor =
        processing
            .eventProcessor(LedgerProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
            .orElseThrow();
    long appendStarted = System.nanoTime();
    appendYear(target);
    double appendSeconds = (System.nanoTime() - appendStarted) / 1e9;
    long liveStarted = System.nanoTime();
    long head = awaitCaughtUp(processor, appended);
    double liveSeconds = (System.nanoTime() - liveStarted) / 1e9;

    processor.shutDown();
    processor.resetTokens();
    long replayStarted = System.nanoTime();
    processor.start();
    awaitCaughtUp(processor, head);
    double replaySeconds = (System.nanoTime() - replayStarted) / 1e9;

    System.out.printf(
        "LEDGER BENCHMARK: %d events appended in %.1f s; caught up %.1f s after appending"
            + " (append and fold overlap); replay of %d events in %.1f s = %.0f events/s%n",
        appended, appendSeconds, liveSeconds, head, replaySeconds, head / replaySeconds);
    assertThat(head).isGreaterThanOrEqualTo(appended);
    printReadLatency();
  }

  /** Reads of a 700-unit phase leaderboard, ranked with its scoring table, as an API call does. */
  private void printReadLatency() {
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < 220; i++) {
      long started = System.nanoTime();
      LiveLeaderboardView view = leaderboards.find("BENCH-" + RUN, "DOT-1", null);
      assertThat(view.rows()).hasSize(UNITS);
      if (i >= 20) {
        micros.add((System.nanoTime() - started) / 1000);
      }
    }
    micros.sort(null);
    System.out.printf(
        "LEDGER BENCHMARK: leaderboard read of %d units: p50 %.1f ms, p99 %.1f ms (%d reads)%n",
        UNITS,
        micros.get(micros.size() / 2) / 1000.0,
        micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0,
        micros.size());
  }

  private void appendYear(int target) {
    Random random = new Random(42);
    List<String> units = new ArrayList<>();
    for (int i = 0; i < UNITS; i++) {
      String unitId = "BENCH-" + RUN + "-" + i;
      units.add(unitId);
      append(
          "CourtUnit",
          unitId,
          new UnitRegistered(unitId, "TAND " + i, CourtLevel.REGIONAL, null, 10));
    }
    append("Campaign", "BENCH-" + RUN, campaign(units));
    int caseNumber = 0;
    while (appended + caseload.size() < target) {
      String unitId = units.get(random.nextInt(UNITS));
      String caseId = "BENCH-" + RUN + "-case-" + caseNumber++;
      CaseType type = CaseType.values()[random.nextInt(6)];
      LocalDate acceptedOn = YEAR_START.plusDays(random.nextInt(300));
      later(
          acceptedOn,
          caseId,
          new CaseAccepted(caseId, unitId, type, acceptedOn, false, acceptedOn.plusDays(120)));
      if (random.nextInt(10) < 8) {
        LocalDate resolvedOn = acceptedOn.plusDays(1 + random.nextInt(60));
        later(
            resolvedOn,
            caseId,
            new VerdictRecorded(
                caseId,
                unitId,
                type,
                acceptedOn,
                resolvedOn,
                random.nextInt(3) == 0 ? VerdictOutcome.MEDIATION_SUCCESS : VerdictOutcome.TRIED,
                random.nextInt(20) == 0,
                random.nextInt(50) == 0,
                "judge-" + random.nextInt(10)));
        if (random.nextInt(5) == 0) {
          LocalDate effectiveOn = resolvedOn.plusDays(30);
          later(
              effectiveOn,
              caseId,
              new JudgmentTookEffect(caseId, unitId, type, resolvedOn, effectiveOn));
          later(
              effectiveOn.plusDays(3),
              caseId,
              new JudgmentPublished(
                  caseId, unitId, type, effectiveOn, effectiveOn.plusDays(3), "https://x", false));
        }
      }
    }
    if (Boolean.getBoolean("ledger.benchmark.chronological")) {
      // as a court records them: by business date (a stable sort keeps each case's order)
      caseload.sort(Comparator.comparing(Dated::on));
    }
    caseload.forEach(dated -> append("CourtCase", dated.caseId(), dated.event()));
    flush();
  }

  private void later(LocalDate on, String caseId, Object event) {
    caseload.add(new Dated(on, caseId, event));
  }

  private record Dated(LocalDate on, String caseId, Object event) {}

  private CampaignLaunched campaign(List<String> units) {
    return new CampaignLaunched(
        "BENCH-" + RUN,
        "TANDTC",
        "Thi đua toàn quốc",
        null,
        YEAR_START,
        YEAR_START.plusYears(1).minusDays(1),
        units,
        List.of(
            new Phase("DOT-1", "Đợt 1", null, YEAR_START, LocalDate.parse("2023-03-31")),
            new Phase(
                "DOT-2",
                "Đợt 2",
                null,
                LocalDate.parse("2023-04-01"),
                LocalDate.parse("2023-09-30"))),
        List.of(
            new Criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, new BigDecimal(90))),
        "Đo tốc độ");
  }

  private void append(String type, String aggregateId, Object event) {
    long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
    pending.add(new GenericDomainEventMessage<>(type, aggregateId, sequence, event, clerk));
    appended++;
    if (pending.size() == 1000) {
      flush();
    }
  }

  private void flush() {
    if (!pending.isEmpty()) {
      storage.appendEvents(new ArrayList<>(pending));
      pending.clear();
    }
  }

  private static long awaitCaughtUp(TrackingEventProcessor processor, long position) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              EventTrackerStatus status = processor.processingStatus().get(0);
              return status != null && status.isCaughtUp()
                  ? status.getCurrentPosition().orElse(0)
                  : -1;
            },
            reached -> reached >= position);
  }
}
