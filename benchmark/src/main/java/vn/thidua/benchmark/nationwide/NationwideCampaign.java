package vn.thidua.benchmark.nationwide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.campaign.AdjustmentKind;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.GateComparison;
import vn.thidua.events.campaign.LaunchCampaign;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.ScoreAdjustment;

/**
 * The sector-wide campaign of the synthetic year, launched by the Supreme People's Court for every
 * other court, with the two phases of the court year and a scoring table over DOMAIN.md's criteria.
 */
final class NationwideCampaign {
  static final String CAMPAIGN_ID = "TOAN-QUOC-2026";
  static final String PHASE_1 = "DOT-1";
  static final String PHASE_2 = "DOT-2";

  private NationwideCampaign() {}

  static LaunchCampaign launch(List<Court> courts) {
    List<String> participants =
        courts.stream()
            .map(Court::unitId)
            .filter(unitId -> !unitId.equals(CourtDirectory.SUPREME))
            .toList();
    return new LaunchCampaign(
        CAMPAIGN_ID,
        CourtDirectory.SUPREME,
        "Phong trào thi đua năm 2026 của Tòa án nhân dân",
        "Đoàn kết, kỷ cương, trách nhiệm, vì công lý",
        CaseloadGenerator.YEAR_STARTS,
        CaseloadGenerator.YEAR_ENDS,
        participants,
        List.of(
            new Phase(
                PHASE_1,
                "Đợt 1",
                "Hăng hái thi đua hoàn thành xuất sắc nhiệm vụ",
                CaseloadGenerator.YEAR_STARTS,
                LocalDate.of(2026, 3, 31)),
            new Phase(
                PHASE_2,
                "Đợt 2",
                "Đẩy nhanh tiến độ, nâng cao chất lượng giải quyết các loại án",
                LocalDate.of(2026, 4, 1),
                CaseloadGenerator.YEAR_ENDS)),
        List.of(
            criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, "90", "30"),
            criterion(Metric.ANNULLED_AMENDED_RATE, Direction.LOWER_IS_BETTER, "1.5", "15"),
            criterion(Metric.MEDIATION_SUCCESS_RATE, Direction.HIGHER_IS_BETTER, "65", "10"),
            criterion(Metric.JUDGMENT_PUBLICATION_RATE, Direction.HIGHER_IS_BETTER, "100", "10"),
            criterion(Metric.MODEL_TRIALS_PER_JUDGE, Direction.HIGHER_IS_BETTER, "1", "10"),
            criterion(Metric.CLEARANCE_RATE, Direction.HIGHER_IS_BETTER, "100", "10"),
            criterion(Metric.DISPOSITION_TIME_DAYS, Direction.LOWER_IS_BETTER, "90", "5")),
        List.of(
            new ScoreAdjustment(
                Metric.ONLINE_TRIALS,
                AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                new BigDecimal("10"),
                new BigDecimal("0.5"),
                new BigDecimal("5")),
            new ScoreAdjustment(
                Metric.OVERDUE_CASES,
                AdjustmentKind.PENALTY_WHEN_ABOVE,
                BigDecimal.ZERO,
                new BigDecimal("5"),
                null)),
        List.of(
            new EligibilityGate(
                Metric.ANNULLED_AMENDED_RATE, GateComparison.AT_MOST, new BigDecimal("1.5"))),
        "Kế hoạch thi đua năm 2026 (dữ liệu tổng hợp cho đo hiệu năng)");
  }

  private static Criterion criterion(
      Metric metric, Direction direction, String target, String basePoints) {
    return new Criterion(
        metric,
        direction,
        new BigDecimal(target),
        new BigDecimal(basePoints),
        new BigDecimal("1.2"));
  }
}
