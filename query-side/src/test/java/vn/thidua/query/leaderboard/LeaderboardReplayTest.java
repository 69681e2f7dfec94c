package vn.thidua.query.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;

/** Resetting the leaderboard processor rebuilds exactly the documents it had built live. */
class LeaderboardReplayTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String CAMPAIGN = "REPLAY-" + RUN;
  private static final String UNIT = "UNIT-" + RUN;
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired EventStorageEngine storage;
  @Autowired EventProcessingConfiguration processing;
  @Autowired MongoTemplate mongo;

  @Test
  void aResetRebuildsTheSameLeaderboards() {
    appendACampaignWithCases();
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                mongo.findById(LeaderboardDocument.idOf(CAMPAIGN, null), LeaderboardDocument.class),
            leaderboard -> leaderboard != null && leaderboard.rows().get(UNIT).resolved() == 2);
    TrackingEventProcessor processor = leaderboardProcessor();
    long lastEvent = awaitCaughtUp(processor, 0);
    List<Document> builtLive = leaderboardDocuments();

    processor.shutDown();
    processor.resetTokens();
    assertThat(mongo.findAll(LeaderboardDocument.class)).isEmpty();
    processor.start();
    awaitCaughtUp(processor, lastEvent);

    assertThat(leaderboardDocuments()).isEqualTo(builtLive);
  }

  private void appendACampaignWithCases() {
    EventStoreWriter events = new EventStoreWriter(storage);
    MetaData clerk = actedBy("thuky.qn", "TAND-QN", "replay-" + RUN);
    events.append(
        "CourtUnit",
        UNIT,
        new UnitRegistered(UNIT, "TAND huyện", CourtLevel.DISTRICT, null, 4),
        clerk);
    acceptAndResolve(events, "A", "2022-09-01", "2022-10-15", clerk);
    events.append("Campaign", CAMPAIGN, campaign(), clerk);
    acceptAndResolve(events, "B", "2022-11-01", "2023-05-01", clerk);
    acceptAndResolve(events, "C", "2023-02-01", null, clerk);
  }

  private void acceptAndResolve(
      EventStoreWriter events, String name, String acceptedOn, String resolvedOn, MetaData clerk) {
    String caseId = name + "-" + RUN;
    LocalDate accepted = LocalDate.parse(acceptedOn);
    events.append(
        "CourtCase",
        caseId,
        new CaseAccepted(caseId, UNIT, CaseType.CIVIL, accepted, false, accepted.plusDays(150)),
        clerk);
    if (resolvedOn != null) {
      events.append(
          "CourtCase",
          caseId,
          new VerdictRecorded(
              caseId,
              UNIT,
              CaseType.CIVIL,
              accepted,
              LocalDate.parse(resolvedOn),
              VerdictOutcome.TRIED,
              false,
              false,
              null),
          clerk);
    }
  }

  private static CampaignLaunched campaign() {
    return new CampaignLaunched(
        CAMPAIGN,
        "TAND-QN",
        "Phong trào thi đua",
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
                LocalDate.parse("2023-03-31")),
            new Phase(
                "DOT-2",
                "Đợt 2",
                null,
                LocalDate.parse("2023-04-01"),
                LocalDate.parse("2023-09-30"))),
        List.of(),
        "Thử dựng lại bảng xếp hạng");
  }

  private TrackingEventProcessor leaderboardProcessor() {
    return processing
        .eventProcessor(LeaderboardProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
        .orElseThrow();
  }

  /**
   * Waits until the processor has handled every event up to {@code position} and all that were
   * there when it looked; answers the position it reached. (A replay only reports that it ended
   * once an event after the reset arrives, so the position tells.)
   */
  private static long awaitCaughtUp(TrackingEventProcessor processor, long position) {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> {
              EventTrackerStatus status = processor.processingStatus().get(0);
              return status != null && status.isCaughtUp()
                  ? status.getCurrentPosition().orElse(-1)
                  : -1;
            },
            reached -> reached >= position);
  }

  private List<Document> leaderboardDocuments() {
    List<Document> documents = new ArrayList<>();
    for (String collection :
        List.of(
            CaseDocument.COLLECTION,
            UnitName.COLLECTION,
            Membership.COLLECTION,
            LeaderboardDocument.COLLECTION)) {
      documents.addAll(mongo.find(new Query().with(Sort.by("_id")), Document.class, collection));
    }
    return documents;
  }
}
