package vn.thidua.query.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;

/**
 * The real ledger processor: events delivered again (the token rewound, as after a crash between
 * the flush and the token store) change nothing, and a reset rebuilds the same counts.
 */
class LedgerRedeliveryTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "UNIT-" + RUN;
  private static final String CAMPAIGN = "REDELIVERY-" + RUN;
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired EventStorageEngine storage;
  @Autowired EventProcessingConfiguration processing;
  @Autowired TokenStore tokenStore;
  @Autowired MongoTemplate mongo;

  @Test
  void eventsDeliveredAgainAreNotCountedAgainAndAResetRebuildsTheSameCounts() {
    TrackingEventProcessor processor = ledgerProcessor();
    long before = awaitCaughtUp(processor, 0);
    TrackingToken stored = tokenStore.fetchToken(LedgerProjection.PROCESSING_GROUP, 0);
    // on an empty store there is no token yet: rewind to before the first event
    TrackingToken beforeTheScenario =
        stored != null ? stored : GapAwareTrackingToken.newInstance(-1, Set.of());
    appendScenario();
    long head = awaitCaughtUp(processor, before + 1);
    await().atMost(PATIENCE).until(() -> resolvedInCampaign() == 20);
    List<Document> built = documents();

    processor.shutDown();
    tokenStore.storeToken(beforeTheScenario, LedgerProjection.PROCESSING_GROUP, 0);
    processor.start();
    awaitCaughtUp(processor, head);
    assertThat(documents()).as("delivered again").isEqualTo(built);

    processor.shutDown();
    processor.resetTokens();
    processor.start();
    awaitCaughtUp(processor, head);
    await().atMost(PATIENCE).until(() -> resolvedInCampaign() == 20);
    assertThat(withoutBookkeeping(documents())).as("rebuilt").isEqualTo(withoutBookkeeping(built));
  }

  private void appendScenario() {
    EventStoreWriter events = new EventStoreWriter(storage);
    MetaData clerk = actedBy("thuky.qn", "TAND-QN", "redelivery-" + RUN);
    events.append(
        "CourtUnit",
        UNIT,
        new UnitRegistered(UNIT, "TAND huyện", CourtLevel.DISTRICT, null, 4),
        clerk);
    for (int i = 0; i < 40; i++) {
      if (i == 15) {
        events.append("Campaign", CAMPAIGN, campaign(), clerk);
      }
      String caseId = "case-" + i + "-" + RUN;
      LocalDate acceptedOn = LocalDate.parse("2022-10-01").plusDays(i * 3L);
      events.append(
          "CourtCase",
          caseId,
          new CaseAccepted(
              caseId, UNIT, CaseType.CIVIL, acceptedOn, false, acceptedOn.plusDays(60)),
          clerk);
      if (i % 2 == 0) {
        events.append(
            "CourtCase",
            caseId,
            new VerdictRecorded(
                caseId,
                UNIT,
                CaseType.CIVIL,
                acceptedOn,
                acceptedOn.plusDays(20),
                VerdictOutcome.MEDIATION_SUCCESS,
                i % 4 == 0,
                false,
                null),
            clerk);
      }
    }
  }

  private static CampaignLaunched campaign() {
    return new CampaignLaunched(
        CAMPAIGN,
        "TAND-QN",
        "Phong trào",
        null,
        LocalDate.parse("2022-10-01"),
        LocalDate.parse("2023-09-30"),
        List.of(UNIT),
        List.of(
            new Phase(
                "DOT-1",
                "Đợt 1",
                null,
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-03-31"))),
        List.of(
            new Criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, new BigDecimal(90))),
        "Thử giao lại sự kiện");
  }

  private long resolvedInCampaign() {
    Document board =
        mongo
            .getCollection(BoardFields.COLLECTION)
            .find(new Document("_id", Board.idOf(CAMPAIGN, null)))
            .first();
    if (board == null) {
      return -1;
    }
    Object resolved =
        board
            .get(BoardFields.ROWS, Document.class)
            .get(UNIT, Document.class)
            .get(PeriodFigure.RESOLVED.key);
    return resolved == null ? 0 : ((Number) resolved).longValue();
  }

  private List<Document> documents() {
    List<Document> documents = new ArrayList<>();
    documents.add(byId(LedgerFields.COLLECTION, UNIT));
    documents.add(byId(BoardFields.COLLECTION, Board.idOf(CAMPAIGN, null)));
    documents.add(byId(BoardFields.COLLECTION, Board.idOf(CAMPAIGN, "DOT-1")));
    return documents;
  }

  private Document byId(String collection, String id) {
    return mongo.getCollection(collection).find(new Document("_id", id)).first();
  }

  /** The version counts flushes and the position their tokens: both differ with the batching. */
  private static List<Document> withoutBookkeeping(List<Document> documents) {
    return documents.stream()
        .map(
            document -> {
              Document copy = new Document(document);
              copy.remove("version");
              copy.remove("position");
              return copy;
            })
        .toList();
  }

  private TrackingEventProcessor ledgerProcessor() {
    return processing
        .eventProcessor(LedgerProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
        .orElseThrow();
  }

  /** Waits until the processor has handled every event up to {@code position}. */
  private static long awaitCaughtUp(TrackingEventProcessor processor, long position) {
    return await()
        .atMost(PATIENCE)
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
