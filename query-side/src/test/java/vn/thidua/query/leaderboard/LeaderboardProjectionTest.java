package vn.thidua.query.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.leaderboard.FindLeaderboard;
import vn.thidua.events.leaderboard.LeaderboardRow;
import vn.thidua.events.leaderboard.LeaderboardView;
import vn.thidua.events.leaderboard.UnknownCampaign;
import vn.thidua.events.leaderboard.UnknownPhase;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.ThrowawayMongo;

/**
 * The leaderboard semantics, handler by handler, against the Mongo stand-in. Campaign QN-2023 runs
 * 1 Oct 2022 – 30 Sep 2023 with phase DOT-1 until 31 Mar and DOT-2 from 1 Apr.
 */
class LeaderboardProjectionTest {
  private static final String CAMPAIGN = "QN-2023";

  private MongoTemplate mongo;
  private LeaderboardProjection projection;
  private LeaderboardQueryHandler queries;

  @BeforeEach
  void freshDatabase() {
    mongo = ThrowawayMongo.newDatabase();
    projection = new LeaderboardProjection(mongo);
    queries = new LeaderboardQueryHandler(mongo);
  }

  @Test
  void aPendingCaseIsCarriedOverIntoEveryLaterPeriod() {
    handle(launch("HALONG", "CAMPHA"), accepted("HL-1", "HALONG", "2022-08-15"));

    assertThat(tally("DOT-1", "HALONG")).isEqualTo(new Tally(1, 0));
    assertThat(tally("DOT-2", "HALONG")).isEqualTo(new Tally(1, 0));
    assertThat(tally(null, "HALONG")).isEqualTo(new Tally(1, 0));
  }

  @Test
  void aVerdictBeforeAPeriodTakesTheCaseOutOfThatPeriod() {
    handle(
        launch("HALONG"),
        accepted("HL-1", "HALONG", "2022-11-01"),
        verdict("HL-1", "HALONG", "2022-11-01", "2023-02-10"));

    assertThat(tally("DOT-1", "HALONG")).isEqualTo(new Tally(1, 1));
    assertThat(tally("DOT-2", "HALONG")).isEqualTo(new Tally(0, 0));
    assertThat(tally(null, "HALONG")).isEqualTo(new Tally(1, 1));
  }

  @Test
  void aVerdictAfterAPeriodLeavesTheCasePendingThere() {
    handle(
        launch("HALONG"),
        accepted("HL-1", "HALONG", "2023-03-01"),
        verdict("HL-1", "HALONG", "2023-03-01", "2023-05-02"));

    assertThat(tally("DOT-1", "HALONG")).isEqualTo(new Tally(1, 0));
    assertThat(tally("DOT-2", "HALONG")).isEqualTo(new Tally(1, 1));
    assertThat(tally(null, "HALONG")).isEqualTo(new Tally(1, 1));
  }

  @Test
  void aCaseAcceptedAfterAPeriodIsNotCountedInIt() {
    handle(launch("HALONG"), accepted("HL-1", "HALONG", "2023-06-01"));

    assertThat(tally("DOT-1", "HALONG")).isEqualTo(Tally.NONE);
    assertThat(tally("DOT-2", "HALONG")).isEqualTo(new Tally(1, 0));
  }

  @Test
  void casesOfUnitsOutsideTheCampaignAreNotCounted() {
    handle(launch("HALONG"), accepted("UB-1", "UONGBI", "2022-11-01"));

    assertThat(leaderboard(null).rows()).extracting(LeaderboardRow::unitId).containsOnly("HALONG");
    assertThat(tally(null, "HALONG")).isEqualTo(Tally.NONE);
  }

  @Test
  void aCampaignLaunchedAfterItsCasesCountsThemAsIfItHadComeFirst() {
    List<Object> caseload =
        List.of(
            accepted("HL-1", "HALONG", "2022-08-15"),
            accepted("HL-2", "HALONG", "2022-11-01"),
            verdict("HL-2", "HALONG", "2022-11-01", "2023-02-10"),
            accepted("HL-3", "HALONG", "2023-03-01"),
            verdict("HL-3", "HALONG", "2023-03-01", "2023-05-02"),
            accepted("CP-1", "CAMPHA", "2023-06-01"),
            verdict("HL-1", "HALONG", "2022-08-15", "2023-09-30"),
            accepted("CP-2", "CAMPHA", "2023-10-02"));
    List<Object> launchFirst = new ArrayList<>(List.of(launch("HALONG", "CAMPHA")));
    launchFirst.addAll(caseload);
    handle(launchFirst.toArray());
    Map<String, Map<String, Tally>> incremental = allTallies();

    freshDatabase();
    List<Object> launchLast = new ArrayList<>(caseload);
    launchLast.add(launch("HALONG", "CAMPHA"));
    handle(launchLast.toArray());

    assertThat(allTallies()).isEqualTo(incremental);
    assertThat(incremental.get(CAMPAIGN + "/DOT-1"))
        .containsEntry("HALONG", new Tally(3, 1))
        .containsEntry("CAMPHA", Tally.NONE);
  }

  @Test
  void redeliveredEventsChangeNothing() {
    List<Object> events =
        List.of(
            launch("HALONG", "CAMPHA"),
            accepted("HL-1", "HALONG", "2022-11-01"),
            accepted("HL-2", "HALONG", "2023-03-01"),
            verdict("HL-1", "HALONG", "2022-11-01", "2023-02-10"),
            verdict("HL-2", "HALONG", "2023-03-01", "2023-05-02"));
    Map<Object, String> eventIds =
        events.stream().collect(Collectors.toMap(Function.identity(), event -> newEventId()));
    events.forEach(event -> handle(event, eventIds.get(event)));
    List<Document> once = rawDocuments();

    events.forEach(event -> handle(event, eventIds.get(event)));

    assertThat(rawDocuments()).isEqualTo(once);
    assertThat(tally(null, "HALONG")).isEqualTo(new Tally(2, 2));
  }

  @Test
  void ranksByRateThenResolvedThenUnitId() {
    handle(launch("A", "B", "C", "D", "E"));
    recordCases("A", 2, 1);
    recordCases("B", 4, 2);
    recordCases("D", 1, 1);
    recordCases("E", 4, 2);
    handle(new UnitRegistered("D", "TAND huyện D", CourtLevel.DISTRICT, null, 3));

    assertThat(leaderboard("DOT-1").rows())
        .containsExactly(
            new LeaderboardRow(1, "D", "TAND huyện D", 1, 1, rate("100.0")),
            new LeaderboardRow(2, "B", null, 4, 2, rate("50.0")),
            new LeaderboardRow(3, "E", null, 4, 2, rate("50.0")),
            new LeaderboardRow(4, "A", null, 2, 1, rate("50.0")),
            new LeaderboardRow(5, "C", null, 0, 0, rate("0.0")));
  }

  @Test
  void theViewDescribesThePeriod() {
    handle(launch("HALONG"));

    LeaderboardView phase = leaderboard("DOT-2");
    assertThat(phase.campaignTitle()).isEqualTo("Phong trào thi đua năm 2023");
    assertThat(phase.phaseName()).isEqualTo("Đợt 2");
    assertThat(phase.startsOn()).isEqualTo("2023-04-01");
    assertThat(phase.endsOn()).isEqualTo("2023-09-30");
    assertThat(phase.rankedBy()).isEqualTo("RESOLUTION_RATE");
    LeaderboardView campaign = leaderboard(null);
    assertThat(campaign.phaseId()).isNull();
    assertThat(campaign.startsOn()).isEqualTo("2022-10-01");
  }

  @Test
  void anUnknownCampaignOrPhaseIsNotFound() {
    handle(launch("HALONG"));

    assertThatThrownBy(() -> queries.handle(new FindLeaderboard("QN-1999", null)))
        .isInstanceOf(UnknownCampaign.class);
    assertThatThrownBy(() -> queries.handle(new FindLeaderboard("QN-1999", "DOT-1")))
        .isInstanceOf(UnknownCampaign.class);
    assertThatThrownBy(() -> queries.handle(new FindLeaderboard(CAMPAIGN, "DOT-9")))
        .isInstanceOf(UnknownPhase.class);
    assertThatThrownBy(() -> queries.handle(new FindLeaderboard(CAMPAIGN, "*")))
        .isInstanceOf(UnknownPhase.class);
  }

  /** {@code accepted} cases in DOT-1, the first {@code resolved} of them resolved in DOT-1. */
  private void recordCases(String unitId, int accepted, int resolved) {
    for (int i = 0; i < accepted; i++) {
      String caseId = unitId + "-" + i;
      handle(accepted(caseId, unitId, "2022-10-10"));
      if (i < resolved) {
        handle(verdict(caseId, unitId, "2022-10-10", "2022-12-01"));
      }
    }
  }

  private static CampaignLaunched launch(String... participants) {
    return new CampaignLaunched(
        CAMPAIGN,
        "TAND-QN",
        "Phong trào thi đua năm 2023",
        "Đoàn kết, trách nhiệm",
        LocalDate.parse("2022-10-01"),
        LocalDate.parse("2023-09-30"),
        List.of(participants),
        List.of(
            new Phase(
                "DOT-1",
                "Đợt 1",
                "Hoàn thành xuất sắc nhiệm vụ",
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-03-31")),
            new Phase(
                "DOT-2",
                "Đợt 2",
                "Đẩy nhanh tiến độ",
                LocalDate.parse("2023-04-01"),
                LocalDate.parse("2023-09-30"))),
        List.of(),
        "Kế hoạch thi đua năm 2023");
  }

  private static CaseAccepted accepted(String caseId, String unitId, String acceptedOn) {
    LocalDate accepted = LocalDate.parse(acceptedOn);
    return new CaseAccepted(
        caseId, unitId, CaseType.CIVIL, accepted, false, accepted.plusDays(150));
  }

  private static VerdictRecorded verdict(
      String caseId, String unitId, String acceptedOn, String resolvedOn) {
    return new VerdictRecorded(
        caseId,
        unitId,
        CaseType.CIVIL,
        LocalDate.parse(acceptedOn),
        LocalDate.parse(resolvedOn),
        VerdictOutcome.TRIED,
        false,
        false,
        null);
  }

  private void handle(Object... events) {
    for (Object event : events) {
      handle(event, newEventId());
    }
  }

  private void handle(Object event, String eventId) {
    if (event instanceof CampaignLaunched launched) {
      projection.on(launched);
    } else if (event instanceof CaseAccepted accepted) {
      projection.on(accepted, eventId);
    } else if (event instanceof VerdictRecorded verdict) {
      projection.on(verdict, eventId);
    } else if (event instanceof UnitRegistered registered) {
      projection.on(registered);
    } else {
      throw new IllegalArgumentException("Not a leaderboard event: " + event);
    }
  }

  private static String newEventId() {
    return UUID.randomUUID().toString();
  }

  private LeaderboardView leaderboard(String phaseId) {
    return queries.handle(new FindLeaderboard(CAMPAIGN, phaseId));
  }

  private Tally tally(String phaseId, String unitId) {
    LeaderboardDocument leaderboard =
        mongo.findById(LeaderboardDocument.idOf(CAMPAIGN, phaseId), LeaderboardDocument.class);
    return leaderboard.rows().get(unitId);
  }

  private Map<String, Map<String, Tally>> allTallies() {
    return mongo.findAll(LeaderboardDocument.class).stream()
        .collect(Collectors.toMap(LeaderboardDocument::id, LeaderboardDocument::rows));
  }

  private List<Document> rawDocuments() {
    List<Document> documents = new ArrayList<>();
    for (String collection :
        List.of(
            CaseDocument.COLLECTION,
            Membership.COLLECTION,
            UnitName.COLLECTION,
            LeaderboardDocument.COLLECTION)) {
      documents.addAll(mongo.find(new Query(), Document.class, collection));
    }
    return documents;
  }

  private static BigDecimal rate(String percent) {
    return new BigDecimal(percent);
  }
}
