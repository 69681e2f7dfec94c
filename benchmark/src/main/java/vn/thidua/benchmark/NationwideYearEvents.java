package vn.thidua.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
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
import vn.thidua.events.caseload.StreamIds;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.UnitRegistered;

/**
 * A nationwide emulation year as the events the command side would have stored: about 700 court
 * units, a campaign over all of them with two phases, and the caseload of 600,000 cases with
 * verdicts, appeals, judgments taking effect and published, and court mediation — about 2 million
 * events. Seeded, so every run stores the same year.
 */
final class NationwideYearEvents {
  static final String CAMPAIGN_ID = "TQ-2024";
  static final LocalDate YEAR_START = LocalDate.parse("2023-10-01");
  static final LocalDate YEAR_END = LocalDate.parse("2024-09-30");
  private static final CaseType[] TYPES = {
    CaseType.CRIMINAL,
    CaseType.CIVIL,
    CaseType.CIVIL,
    CaseType.MARRIAGE_AND_FAMILY,
    CaseType.MARRIAGE_AND_FAMILY,
    CaseType.BUSINESS_AND_TRADE,
    CaseType.LABOUR,
    CaseType.ADMINISTRATIVE
  };

  /** One event of one aggregate stream, in the order the year stores them. */
  record StoredEvent(String aggregateType, String aggregateId, long sequence, Object payload) {}

  private final int units;
  private final int cases;
  private final Random random = new Random(2024);

  NationwideYearEvents(int units, int cases) {
    this.units = units;
    this.cases = cases;
  }

  void emit(Consumer<StoredEvent> sink) {
    List<String> unitIds = registerUnits(sink);
    sink.accept(new StoredEvent("Campaign", CAMPAIGN_ID, 0, campaign(unitIds)));
    int mediation = 0;
    for (int number = 0; number < cases; number++) {
      String unitId = unitIds.get(random.nextInt(unitIds.size()));
      emitCase("TQ-" + number, unitId, sink);
      if (number % 20 == 0) {
        emitMediation("HG-" + mediation++, unitId, sink);
      }
    }
  }

  private List<String> registerUnits(Consumer<StoredEvent> sink) {
    List<String> ids = new ArrayList<>();
    List<String> provinces = new ArrayList<>();
    register(sink, ids, "TANDTC", "Tòa án nhân dân tối cao", CourtLevel.SUPREME, null, 120);
    String[] high = {"Hà Nội", "Đà Nẵng", "Thành phố Hồ Chí Minh"};
    for (int i = 0; i < high.length; i++) {
      register(
          sink, ids, "TANDCC-" + (i + 1), "TAND cấp cao tại " + high[i], CourtLevel.HIGH, null, 60);
    }
    int provincial = Math.max(1, Math.min(34, units / 20));
    for (int i = 1; i <= provincial; i++) {
      String id = "TAND-T" + i;
      provinces.add(id);
      register(sink, ids, id, "TAND tỉnh số " + i, CourtLevel.PROVINCIAL, null, 40);
    }
    int regional = Math.max(1, units - ids.size());
    for (int i = 1; i <= regional; i++) {
      String province = provinces.get(i % provinces.size());
      register(
          sink,
          ids,
          province + "-KV" + i,
          "TAND khu vực " + i + " - tỉnh số " + province.substring(6),
          CourtLevel.REGIONAL,
          province,
          8 + random.nextInt(12));
    }
    return ids;
  }

  private static void register(
      Consumer<StoredEvent> sink,
      List<String> ids,
      String id,
      String name,
      CourtLevel level,
      String parent,
      int judges) {
    ids.add(id);
    sink.accept(
        new StoredEvent("CourtUnit", id, 0, new UnitRegistered(id, name, level, parent, judges)));
  }

  private void emitCase(String caseId, String unitId, Consumer<StoredEvent> sink) {
    CaseType type = TYPES[random.nextInt(TYPES.length)];
    boolean carriedOver = random.nextInt(10) == 0;
    LocalDate accepted =
        carriedOver
            ? YEAR_START.minusDays(1 + random.nextInt(120))
            : YEAR_START.plusDays(random.nextInt(365));
    LocalDate deadline = accepted.plusMonths(type == CaseType.CRIMINAL ? 3 : 4);
    long sequence = 0;
    sink.accept(
        new StoredEvent(
            "CourtCase",
            caseId,
            sequence++,
            new CaseAccepted(caseId, unitId, type, accepted, carriedOver, deadline)));
    LocalDate resolved = accepted.plusDays(20 + random.nextInt(150));
    if (resolved.isAfter(YEAR_END) || random.nextInt(100) < 6) {
      return;
    }
    String judge = unitId + "-TP" + random.nextInt(10);
    sink.accept(
        new StoredEvent(
            "CourtCase",
            caseId,
            sequence++,
            new VerdictRecorded(
                caseId,
                unitId,
                type,
                accepted,
                resolved,
                outcome(type),
                random.nextInt(100) < 2,
                random.nextInt(100) < 3,
                judge)));
    if (random.nextInt(100) < 8) {
      sink.accept(
          new StoredEvent(
              "CourtCase", caseId, sequence++, appeal(caseId, unitId, type, resolved, judge)));
      return;
    }
    if (random.nextInt(100) < 62) {
      LocalDate effective = resolved.plusDays(30);
      sink.accept(
          new StoredEvent(
              "CourtCase",
              caseId,
              sequence++,
              new JudgmentTookEffect(caseId, unitId, type, resolved, effective)));
      if (random.nextInt(100) < 96) {
        LocalDate published = effective.plusDays(random.nextInt(35));
        sink.accept(
            new StoredEvent(
                "CourtCase",
                caseId,
                sequence,
                new JudgmentPublished(
                    caseId,
                    unitId,
                    type,
                    effective,
                    published,
                    "https://congbobanan.toaan.gov.vn/" + caseId,
                    published.isAfter(effective.plusDays(30)))));
      }
    }
  }

  private VerdictOutcome outcome(CaseType type) {
    int roll = random.nextInt(100);
    if (type != CaseType.CRIMINAL && roll < 25) {
      return type == CaseType.ADMINISTRATIVE
          ? VerdictOutcome.DIALOGUE_SUCCESS
          : VerdictOutcome.MEDIATION_SUCCESS;
    }
    return roll < 90 ? VerdictOutcome.TRIED : VerdictOutcome.WITHDRAWN_OR_SUSPENDED;
  }

  private AppealOutcomeRecorded appeal(
      String caseId, String unitId, CaseType type, LocalDate resolved, String judge) {
    int roll = random.nextInt(100);
    AppealResult result =
        roll < 80 ? AppealResult.UPHELD : roll < 92 ? AppealResult.AMENDED : AppealResult.ANNULLED;
    boolean upheld = result == AppealResult.UPHELD;
    return new AppealOutcomeRecorded(
        caseId,
        unitId,
        type,
        resolved,
        judge,
        resolved.plusDays(60),
        result,
        upheld ? null : random.nextBoolean() ? AppealScope.PARTIAL : AppealScope.WHOLE,
        upheld ? null : random.nextBoolean() ? AppealCause.SUBJECTIVE : AppealCause.OBJECTIVE,
        upheld ? null : "Phúc thẩm");
  }

  private void emitMediation(String mediationId, String unitId, Consumer<StoredEvent> sink) {
    String stream = StreamIds.courtMediation(mediationId);
    LocalDate received = YEAR_START.plusDays(random.nextInt(330));
    sink.accept(
        new StoredEvent(
            "CourtMediation",
            stream,
            0,
            new MatterTransferredToCourtMediation(mediationId, unitId, received, CaseType.CIVIL)));
    sink.accept(
        new StoredEvent(
            "CourtMediation",
            stream,
            1,
            new CourtMediationOutcomeRecorded(
                mediationId,
                unitId,
                CaseType.CIVIL,
                received,
                received.plusDays(25),
                random.nextInt(100) < 69
                    ? CourtMediationOutcome.SUCCESS
                    : CourtMediationOutcome.FAILURE)));
  }

  private static CampaignLaunched campaign(List<String> unitIds) {
    return new CampaignLaunched(
        CAMPAIGN_ID,
        "TANDTC",
        "Phong trào thi đua toàn quốc năm 2024",
        "Đẩy nhanh tiến độ, nâng cao chất lượng giải quyết các loại án",
        YEAR_START,
        YEAR_END,
        unitIds,
        List.of(
            new Phase("DOT-1", "Đợt 1", null, YEAR_START, LocalDate.parse("2024-03-31")),
            new Phase("DOT-2", "Đợt 2", null, LocalDate.parse("2024-04-01"), YEAR_END)),
        List.of(
            new Criterion(
                Metric.RESOLUTION_RATE,
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("90"),
                new BigDecimal("40"),
                new BigDecimal("1.2")),
            new Criterion(
                Metric.ANNULLED_AMENDED_RATE,
                Direction.LOWER_IS_BETTER,
                new BigDecimal("1.5"),
                new BigDecimal("20"),
                new BigDecimal("1.2")),
            new Criterion(
                Metric.JUDGMENT_PUBLICATION_RATE,
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("100"),
                new BigDecimal("20"),
                BigDecimal.ONE)),
        List.<ScoreAdjustment>of(),
        List.of(
            new EligibilityGate(
                Metric.ANNULLED_AMENDED_RATE, GateComparison.AT_MOST, new BigDecimal("1.5"))),
        "Kế hoạch thi đua năm 2024",
        List.of());
  }
}
