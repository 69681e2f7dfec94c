package vn.thidua.query.leaderboard;

import static vn.thidua.query.EventStoreWriter.actedBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.events.campaign.AdjustmentKind;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.GateComparison;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.ScoreAdjustment;
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealOutcomeRecorded;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.CourtMediationOutcome;
import vn.thidua.events.caseload.CourtMediationOutcomeRecorded;
import vn.thidua.events.caseload.JudgmentPublished;
import vn.thidua.events.caseload.JudgmentTookEffect;
import vn.thidua.events.caseload.MatterTransferredToCourtMediation;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.caseload.VirtualAssistantUseCorrected;
import vn.thidua.events.caseload.VirtualAssistantUseRecorded;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.events.covenant.CovenantDrafted;
import vn.thidua.events.covenant.PledgeSigned;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.JudgeCountChanged;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.EventStoreWriter;

/**
 * Three courts, a campaign launched after some of their cases, and every kind of caseload event;
 * the figures the tests expect are worked out by hand in the comments of {@link LedgerViewsTest}.
 */
final class LedgerScenario {
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  static final String CAMPAIGN = "LEDGER-" + RUN;
  static final String A = "TAND-A-" + RUN;
  static final String B = "TAND-B-" + RUN;
  static final String C = "TAND-C-" + RUN;
  static final String CLUSTER = "CUM-" + RUN;
  static final String COVENANT = "GU-" + RUN;
  static final String J1 = "tp.1-" + RUN;
  static final String J2 = "tp.2-" + RUN;
  private static final MetaData CLERK = actedBy("thuky.qn", "TAND-QN", "ledger-" + RUN);

  private final EventStoreWriter events;

  private LedgerScenario(EventStorageEngine storage) {
    this.events = new EventStoreWriter(storage);
  }

  static void append(EventStorageEngine storage, MongoTemplate mongo) {
    // the cluster read model belongs to another processor: written as it would write it
    mongo
        .getCollection("clusters")
        .insertOne(
            new Document("_id", CLUSTER)
                .append("year", 2023)
                .append("name", "Cụm thi đua")
                .append("memberUnitIds", List.of(A, B)));
    new LedgerScenario(storage).appendAll();
  }

  private void appendAll() {
    unit(A, "TAND A", 4);
    unit(B, "TAND B", 2);
    unit(C, "TAND C", 5);
    accept("c1", A, CaseType.CIVIL, "2022-09-01", true, "2022-12-31");
    verdict("c1", A, CaseType.CIVIL, "2022-09-01", "2022-11-15", VerdictOutcome.MEDIATION_SUCCESS);
    accept("c2", A, CaseType.CRIMINAL, "2022-10-10", false, "2023-01-31");
    verdict("c2", A, CaseType.CRIMINAL, "2022-10-10", "2023-02-20", VerdictOutcome.TRIED);
    accept("c5", B, CaseType.CRIMINAL, "2022-10-05", false, null);
    verdict("c5", B, CaseType.CRIMINAL, "2022-10-05", "2022-12-05", VerdictOutcome.TRIED);
    events.append("Campaign", CAMPAIGN, campaign(), CLERK);
    accept("c3", A, CaseType.CIVIL, "2022-12-01", false, "2023-03-15");
    accept("c4", A, CaseType.ADMINISTRATIVE, "2023-01-05", false, null);
    verdict(
        "c4",
        A,
        CaseType.ADMINISTRATIVE,
        "2023-01-05",
        "2023-04-10",
        VerdictOutcome.DIALOGUE_SUCCESS);
    events.append(
        "CourtCase",
        id("c1"),
        new AppealOutcomeRecorded(
            id("c1"),
            A,
            CaseType.CIVIL,
            date("2022-11-15"),
            J1,
            date("2023-01-20"),
            AppealResult.AMENDED,
            AppealScope.PARTIAL,
            AppealCause.SUBJECTIVE,
            "sửa một phần"),
        CLERK);
    effectiveAndPublished("c1", A, "2022-11-15", "2022-12-20", false);
    effectiveAndPublished("c2", A, "2023-02-20", "2023-03-10", true);
    mediation("m1", A, "2022-11-01", "2022-12-01", CourtMediationOutcome.SUCCESS);
    mediation("m2", A, "2023-01-10", "2023-02-01", CourtMediationOutcome.FAILURE);
    events.append(
        "Judge", J1, new VirtualAssistantUseRecorded(J1, A, YearMonth.of(2022, 11), 3), CLERK);
    events.append(
        "Judge", J2, new VirtualAssistantUseRecorded(J2, A, YearMonth.of(2023, 1), 1), CLERK);
    events.append(
        "Judge", J2, new VirtualAssistantUseCorrected(J2, A, YearMonth.of(2023, 1), 1, 2), CLERK);
    events.append(
        "Judge", J1, new VirtualAssistantUseRecorded(J1, A, YearMonth.of(2023, 5), 4), CLERK);
    events.append("CourtUnit", A, new JudgeCountChanged(A, 5, date("2023-01-01")), CLERK);
    accept("c6", B, CaseType.CRIMINAL, "2022-11-01", false, null);
    verdict("c6", B, CaseType.CRIMINAL, "2022-11-01", "2023-01-10", VerdictOutcome.TRIED);
    accept("c7", B, CaseType.CRIMINAL, "2023-02-01", false, null);
    accept("c8", C, CaseType.CRIMINAL, "2022-10-03", false, null);
    verdict("c8", C, CaseType.CRIMINAL, "2022-10-03", "2022-10-20", VerdictOutcome.TRIED);
    events.append(
        "Covenant",
        COVENANT,
        new CovenantDrafted(
            COVENANT,
            CLUSTER,
            2023,
            List.of(A, B),
            List.of(
                new Commitment(Metric.RESOLUTION_RATE, new BigDecimal("45"), "giải quyết"),
                new Commitment(Metric.ANNULLED_AMENDED_RATE, new BigDecimal("1.5"), "hủy sửa"))),
        CLERK);
    events.append(
        "Covenant",
        COVENANT,
        new PledgeSigned(
            COVENANT, CLUSTER, 2023, A, "Nguyễn Văn A", "Chánh án", date("2023-01-15"), List.of()),
        CLERK);
  }

  static CampaignLaunched campaign() {
    return new CampaignLaunched(
        CAMPAIGN,
        "TAND-QN",
        "Thi đua năm 2023",
        null,
        date("2022-10-01"),
        date("2023-09-30"),
        List.of(A, B, C),
        List.of(
            new Phase("DOT-1", "Đợt 1", null, date("2022-10-01"), date("2023-03-31")),
            new Phase("DOT-2", "Đợt 2", null, date("2023-04-01"), date("2023-09-30"))),
        List.of(
            new Criterion(
                Metric.RESOLUTION_RATE,
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("90"),
                BigDecimal.TEN,
                new BigDecimal("1.2")),
            new Criterion(
                Metric.ANNULLED_AMENDED_RATE,
                Direction.LOWER_IS_BETTER,
                new BigDecimal("1.5"),
                new BigDecimal("5"),
                BigDecimal.ONE)),
        List.of(
            new ScoreAdjustment(
                Metric.ONLINE_TRIALS,
                AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                BigDecimal.ZERO,
                new BigDecimal("0.5"),
                new BigDecimal("2"))),
        List.of(
            new EligibilityGate(
                Metric.ANNULLED_AMENDED_RATE, GateComparison.AT_MOST, new BigDecimal("1.5")),
            new EligibilityGate(
                Metric.COURT_MEDIATION_SUCCESS_RATE,
                GateComparison.AT_LEAST,
                new BigDecimal("50"))),
        "Kế hoạch thi đua năm 2023");
  }

  private void unit(String unitId, String name, int judges) {
    events.append(
        "CourtUnit",
        unitId,
        new UnitRegistered(unitId, name, CourtLevel.DISTRICT, null, judges),
        CLERK);
  }

  private void accept(
      String name,
      String unitId,
      CaseType type,
      String acceptedOn,
      boolean carriedOver,
      String deadline) {
    events.append(
        "CourtCase",
        id(name),
        new CaseAccepted(
            id(name),
            unitId,
            type,
            date(acceptedOn),
            carriedOver,
            deadline == null ? null : date(deadline)),
        CLERK);
  }

  /** c1 is tried online at a model trial presided by J1; the others are plain. */
  private void verdict(
      String name,
      String unitId,
      CaseType type,
      String acceptedOn,
      String resolvedOn,
      VerdictOutcome outcome) {
    boolean c1 = name.equals("c1");
    events.append(
        "CourtCase",
        id(name),
        new VerdictRecorded(
            id(name),
            unitId,
            type,
            date(acceptedOn),
            date(resolvedOn),
            outcome,
            c1,
            c1,
            c1 ? J1 : null),
        CLERK);
  }

  private void effectiveAndPublished(
      String name, String unitId, String resolvedOn, String effectiveOn, boolean late) {
    events.append(
        "CourtCase",
        id(name),
        new JudgmentTookEffect(
            id(name), unitId, CaseType.CIVIL, date(resolvedOn), date(effectiveOn)),
        CLERK);
    events.append(
        "CourtCase",
        id(name),
        new JudgmentPublished(
            id(name),
            unitId,
            CaseType.CIVIL,
            date(effectiveOn),
            date(effectiveOn).plusDays(late ? 40 : 5),
            "https://congbobanan.toaan.gov.vn/" + name,
            late),
        CLERK);
  }

  private void mediation(
      String name,
      String unitId,
      String receivedOn,
      String concludedOn,
      CourtMediationOutcome outcome) {
    events.append(
        "CourtMediation",
        id(name),
        new MatterTransferredToCourtMediation(id(name), unitId, date(receivedOn), CaseType.CIVIL),
        CLERK);
    events.append(
        "CourtMediation",
        id(name),
        new CourtMediationOutcomeRecorded(
            id(name), unitId, CaseType.CIVIL, date(receivedOn), date(concludedOn), outcome),
        CLERK);
  }

  private static String id(String name) {
    return name + "-" + RUN;
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
