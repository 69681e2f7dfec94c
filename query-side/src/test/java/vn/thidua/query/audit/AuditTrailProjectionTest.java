package vn.thidua.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.events.MetadataKeys;
import vn.thidua.events.audit.AuditEntryView;
import vn.thidua.events.audit.AuditPeriodReversed;
import vn.thidua.events.audit.FindAuditTrail;
import vn.thidua.events.audit.UnknownDecisionType;
import vn.thidua.events.campaign.CampaignClosed;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.CriteriaRevised;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.events.covenant.CovenantConcluded;
import vn.thidua.events.covenant.CovenantDrafted;
import vn.thidua.events.covenant.PledgeSigned;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.Gate;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationFacts;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.RevocationGround;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;
import vn.thidua.events.recognition.VoteThreshold;
import vn.thidua.events.recognition.VoterKind;
import vn.thidua.query.ThrowawayMongo;

class AuditTrailProjectionTest {
  private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");
  private static final Instant OCTOBER = Instant.parse("2023-10-02T03:30:00Z");
  private static final Nominee HALONG = new Nominee("HALONG", null, "TAND khu vực Hạ Long");

  private CampaignDecisionsAudit campaigns;
  private CovenantDecisionsAudit covenants;
  private RecognitionDecisionsAudit recognition;
  private AuditTrailQueries trail;
  private int sequence;

  @BeforeEach
  void freshDatabase() {
    MongoTemplate mongo = ThrowawayMongo.newDatabase();
    AuditRecorder recorder = new AuditRecorder(mongo);
    campaigns = new CampaignDecisionsAudit(recorder);
    covenants = new CovenantDecisionsAudit(recorder);
    recognition = new RecognitionDecisionsAudit(recorder);
    trail = new AuditTrailQueries(mongo);
  }

  @Test
  void aLaunchedCampaignIsRecordedWithWhoWhenWhyTheFlowTheEventAndItsScoringTable() {
    CampaignLaunched launched = campaign("QN-2023", "TAND-QN", "HALONG");
    campaigns.on(launched, message(launched, "event-1", JANUARY, "totochuc.qn", "TAND-QN"));

    AuditEntryView entry = trail.handle(new FindAuditTrail(null, null, null)).get(0);
    assertThat(entry.eventId()).isEqualTo("event-1");
    assertThat(entry.decisionType()).isEqualTo("CampaignLaunched");
    assertThat(entry.occurredAt()).isEqualTo(JANUARY);
    assertThat(entry.actorUserId()).isEqualTo("totochuc.qn");
    assertThat(entry.actorRoles()).containsExactly("ORGANISER", "CLERK");
    assertThat(entry.actorUnitId()).isEqualTo("TAND-QN");
    assertThat(entry.reason()).isEqualTo("Kế hoạch thi đua");
    assertThat(entry.correlationId()).isEqualTo("flow-event-1");
    assertThat(entry.causationId()).isEqualTo("cause-event-1");
    assertThat(entry.summary()).isEqualTo("Phát động phong trào thi đua «Phong trào QN-2023»");
    assertThat(entry.unitIds()).containsExactly("TAND-QN", "HALONG");
    assertThat(entry.event()).containsEntry("campaignId", "QN-2023").containsKey("phases");
    assertThat(entry.evidence()).containsKeys("phases", "criteria", "adjustments", "gates");
  }

  @Test
  void theTrailIsNewestFirstAndFilteredByCampaignUnitActorTypeAndTime() {
    launch(campaign("QN-2023", "TAND-QN", "HALONG"), "e1", JANUARY, "a");
    launch(campaign("QN-2024", "TAND-QN", "CAMPHA"), "e2", OCTOBER, "b");
    launch(campaign("HN-2024", "TAND-HN", "DONGDA"), "e3", OCTOBER.plusSeconds(1), "a");
    CampaignClosed closed =
        new CampaignClosed("QN-2023", LocalDate.parse("2023-09-30"), List.of(), "Hết hạn");
    campaigns.on(closed, message(closed, "e4", OCTOBER.plusSeconds(2), "a", "TAND-QN"));

    assertThat(eventIds(new FindAuditTrail(null, null, null)))
        .containsExactly("e4", "e3", "e2", "e1");
    assertThat(eventIds(new FindAuditTrail("QN-2024", null, null))).containsExactly("e2");
    assertThat(eventIds(new FindAuditTrail(null, "HALONG", null))).containsExactly("e4", "e1");
    assertThat(eventIds(new FindAuditTrail(null, null, "a"))).containsExactly("e4", "e3", "e1");
    assertThat(eventIds(new FindAuditTrail(null, null, null, "CampaignClosed", null, null)))
        .containsExactly("e4");
    assertThat(
            eventIds(new FindAuditTrail(null, null, null, null, OCTOBER, OCTOBER.plusSeconds(2))))
        .containsExactly("e3", "e2");
    assertThat(eventIds(new FindAuditTrail("", " ", "", "", null, null))).hasSize(4);
    assertThatThrownBy(
            () -> trail.handle(new FindAuditTrail(null, null, null, "Verdict", null, null)))
        .isInstanceOf(UnknownDecisionType.class);
    assertThatThrownBy(
            () -> trail.handle(new FindAuditTrail(null, null, null, null, OCTOBER, JANUARY)))
        .isInstanceOf(AuditPeriodReversed.class);
  }

  @Test
  void aRedeliveredDecisionIsRecordedOnce() {
    CampaignLaunched launched = campaign("QN-2023", "TAND-QN", "HALONG");
    launch(launched, "e1", JANUARY, "a");
    launch(launched, "e1", JANUARY, "a");

    assertThat(eventIds(new FindAuditTrail(null, null, null))).containsExactly("e1");
  }

  @Test
  void revisionsAndClosingAreRecordedWithTheirReasonsAndTheCampaignsUnits() {
    launch(campaign("QN-2023", "TAND-QN", "HALONG"), "e1", JANUARY, "a");
    CriteriaRevised revised =
        new CriteriaRevised("QN-2023", "DOT-2", List.of(), List.of(), List.of(), "Chỉ thị mới");
    campaigns.on(
        revised, message(revised, "e2", JANUARY.plusSeconds(60), "totochuc.qn", "TAND-QN"));

    AuditEntryView revision = trail.handle(new FindAuditTrail(null, "HALONG", null)).get(0);
    assertThat(revision.decisionType()).isEqualTo("CriteriaRevised");
    assertThat(revision.reason()).isEqualTo("Chỉ thị mới");
    assertThat(revision.evidence()).containsEntry("phaseId", "DOT-2");
  }

  /** The whole decision flow of a year, each entry with the figures it relied on. */
  @Test
  void everyDecisionTypeIsInTheTrailWithItsEvidence() {
    launch(campaign("QN-2023", "TAND-QN", "HALONG"), "launch", JANUARY, "totochuc.qn");
    decide(
        new PhaseStandingsFrozen(
            "QN-2023",
            "DOT-1",
            LocalDate.parse("2023-09-30"),
            List.of(
                new FrozenStanding(
                    1,
                    "HALONG",
                    7403,
                    7009,
                    new BigDecimal("10.00"),
                    List.of(
                        new CriterionFigure(
                            Metric.RESOLUTION_RATE,
                            new BigDecimal("94.7"),
                            new BigDecimal("90"),
                            new BigDecimal("1.0522"),
                            new BigDecimal("10.00"))),
                    List.of()))),
        "frozen",
        "system");
    decide(
        new CovenantDrafted(
            "CUM-IV-2024",
            "CUM-IV",
            2024,
            List.of("HALONG", "CAMPHA"),
            List.of(new Commitment(Metric.RESOLUTION_RATE, new BigDecimal("90"), "Vượt chỉ tiêu"))),
        "drafted",
        "thidua.qn");
    decide(
        new PledgeSigned(
            "CUM-IV-2024",
            "CUM-IV",
            2024,
            "HALONG",
            "Nguyễn Văn A",
            "Chánh án",
            LocalDate.parse("2024-01-10"),
            List.of(Title.ADVANCED_COLLECTIVE)),
        "pledge",
        "truongdonvi.qn");
    decide(
        new CovenantConcluded(
            "CUM-IV-2024",
            "CUM-IV",
            2024,
            List.of("HALONG", "CAMPHA"),
            LocalDate.parse("2024-01-12")),
        "concluded",
        "truongdonvi.qn");
    decide(
        new NominationMade(
            "N-1",
            Title.ADVANCED_COLLECTIVE,
            2023,
            HALONG,
            new StandingsBasis("QN-2023", "DOT-1"),
            new NominationFacts(20, 20, 15)),
        "nominated",
        "thidua.qn");
    GateResult annulled =
        new GateResult(
            Gate.ANNULLED_RATE, true, new BigDecimal("0.58"), new BigDecimal("1.5"), "0.58 ≤ 1.5");
    decide(
        new NominationEligibilityAssessed("N-1", true, List.of(annulled)), "assessed", "thidua.qn");
    decide(
        new BallotOpened(
            "B-1",
            List.of(new BallotItem("N-1", Title.ADVANCED_COLLECTIVE, new VoteThreshold(1, 2))),
            VoterKind.COUNCIL_MEMBERS,
            List.of("uyvien.hd", "uyvien.hd2"),
            LocalDate.parse("2023-10-20")),
        "opened",
        "thidua.qn");
    decide(
        new BallotClosed(
            "B-1",
            LocalDate.parse("2023-10-20"),
            2,
            2,
            List.of(new BallotResult("N-1", 2, 0, 0, 2, new VoteThreshold(1, 2), true)),
            true),
        "closed",
        "thidua.qn");
    decide(
        new AwardDecided(
            "N-1",
            "123/QĐ-TA",
            Title.ADVANCED_COLLECTIVE,
            2023,
            HALONG,
            LocalDate.parse("2023-10-25"),
            "Chánh án",
            "TAND-QN",
            false,
            "B-1",
            new StandingsBasis("QN-2023", "DOT-1"),
            List.of(annulled)),
        "decided",
        "chanhan.qn");
    AwardRevoked revoked =
        new AwardRevoked(
            "N-1",
            "123/QĐ-TA",
            Title.ADVANCED_COLLECTIVE,
            2023,
            HALONG,
            RevocationGround.FORGED_DOCUMENTS,
            "Hồ sơ giả mạo",
            LocalDate.parse("2024-02-01"));
    decide(revoked, "revoked", "chanhan.qn");

    List<AuditEntryView> forHalong = trail.handle(new FindAuditTrail(null, "HALONG", null));
    assertThat(forHalong)
        .extracting(AuditEntryView::decisionType)
        .containsExactlyInAnyOrderElementsOf(
            AuditTrailQueries.DECISION_TYPES.stream()
                .filter(type -> !type.equals("CriteriaRevised") && !type.equals("CampaignClosed"))
                .toList());

    Map<String, Object> nominated = entry(forHalong, "NominationMade").evidence();
    assertThat(standing(nominated)).containsEntry("unitId", "HALONG").containsEntry("rank", 1);
    Map<String, Object> assessed = entry(forHalong, "NominationEligibilityAssessed").evidence();
    assertThat(assessed).containsEntry("passed", true).containsKey("gates");
    assertThat(standing(assessed)).containsEntry("accepted", 7403L);
    Map<String, Object> tally = entry(forHalong, "BallotClosed").evidence();
    assertThat(tally).containsEntry("votesCast", 2).containsKey("results");
    assertThat(tally.toString()).doesNotContain("choice");
    AuditEntryView award = entry(forHalong, "AwardDecided");
    assertThat(award.campaignId()).isEqualTo("QN-2023");
    assertThat(award.unitIds()).containsExactly("HALONG", "TAND-QN");
    assertThat(award.evidence()).containsKeys("ballotResult", "gates", "standing");
    assertThat(award.summary()).contains("123/QĐ-TA", "Tập thể lao động tiên tiến");
    AuditEntryView revocation = entry(forHalong, "AwardRevoked");
    assertThat(revocation.reason()).isEqualTo("Hồ sơ giả mạo");
    assertThat(revocation.evidence())
        .containsEntry("ground", "FORGED_DOCUMENTS")
        .containsKey("award");
    assertThat(entry(forHalong, "PledgeSigned").evidence()).containsKey("commitments");
    assertThat(entry(forHalong, "PhaseStandingsFrozen").evidence()).containsKey("standings");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> standing(Map<String, Object> evidence) {
    return (Map<String, Object>) evidence.get("standing");
  }

  private static AuditEntryView entry(List<AuditEntryView> entries, String type) {
    return entries.stream().filter(e -> e.decisionType().equals(type)).findFirst().orElseThrow();
  }

  private void launch(CampaignLaunched launched, String eventId, Instant at, String user) {
    campaigns.on(launched, message(launched, eventId, at, user, "TAND-QN"));
  }

  /** Hands the event to whichever part of the trail handles it, a minute after the last one. */
  private void decide(Object event, String eventId, String user) {
    EventMessage<?> message =
        message(event, eventId, OCTOBER.plusSeconds(60L * ++sequence), user, "TAND-QN");
    if (event instanceof PhaseStandingsFrozen e) {
      campaigns.on(e, message);
    } else if (event instanceof CovenantDrafted e) {
      covenants.on(e, message);
    } else if (event instanceof PledgeSigned e) {
      covenants.on(e, message);
    } else if (event instanceof CovenantConcluded e) {
      covenants.on(e, message);
    } else if (event instanceof NominationMade e) {
      recognition.on(e, message);
    } else if (event instanceof NominationEligibilityAssessed e) {
      recognition.on(e, message);
    } else if (event instanceof BallotOpened e) {
      recognition.on(e, message);
    } else if (event instanceof BallotClosed e) {
      recognition.on(e, message);
    } else if (event instanceof AwardDecided e) {
      recognition.on(e, message);
    } else if (event instanceof AwardRevoked e) {
      recognition.on(e, message);
    } else {
      throw new IllegalArgumentException(event.toString());
    }
  }

  private static EventMessage<?> message(
      Object payload, String eventId, Instant at, String user, String unit) {
    MetaData metaData =
        MetaData.with(MetadataKeys.USER_ID, user)
            .and(MetadataKeys.USER_UNIT_ID, unit)
            .and(MetadataKeys.USER_ROLES, "ORGANISER,CLERK")
            .and(MetadataKeys.CORRELATION_ID, "flow-" + eventId)
            .and(MetadataKeys.CAUSATION_ID, "cause-" + eventId);
    return new GenericDomainEventMessage<>(
        "Aggregate", "aggregate-" + eventId, 0, payload, metaData, eventId, at);
  }

  private List<String> eventIds(FindAuditTrail query) {
    return trail.handle(query).stream().map(AuditEntryView::eventId).toList();
  }

  private static CampaignLaunched campaign(String campaignId, String organiser, String unit) {
    return new CampaignLaunched(
        campaignId,
        organiser,
        "Phong trào " + campaignId,
        null,
        LocalDate.parse("2022-10-01"),
        LocalDate.parse("2023-09-30"),
        List.of(unit),
        List.of(
            new Phase(
                "DOT-1",
                "Đợt 1",
                null,
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-09-30"))),
        List.of(),
        "Kế hoạch thi đua");
  }
}
