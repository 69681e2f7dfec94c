package vn.thidua.demo;

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

/** The 2023 campaign of TAND tỉnh Quảng Ninh, in the words of the seed article. */
final class QuangNinhCampaign {
  /** Fixed, so the README can link to its leaderboard and a second run finds it loaded. */
  static final String CAMPAIGN_ID = "QN-2023";

  /** The court emulation year: 1 October to 30 September. */
  static final LocalDate STARTS_ON = LocalDate.of(2022, 10, 1);

  static final LocalDate ENDS_ON = LocalDate.of(2023, 9, 30);

  static final Phase PHASE_1 =
      new Phase(
          "DOT-1",
          "Đợt 1",
          "Công chức, người lao động TAND 2 cấp của tỉnh Quảng Ninh đoàn kết, trách nhiệm, bản"
              + " lĩnh, hăng hái thi đua hoàn thành xuất sắc nhiệm vụ",
          STARTS_ON,
          LocalDate.of(2023, 3, 31));

  static final Phase PHASE_2 =
      new Phase(
          "DOT-2",
          "Đợt 2",
          "Đẩy nhanh tiến độ, nâng cao chất lượng giải quyết các loại án và vượt chỉ tiêu quy định"
              + " của TANDTC",
          LocalDate.of(2023, 4, 1),
          ENDS_ON);

  private static final BigDecimal CAP = new BigDecimal("1.2");

  private QuangNinhCampaign() {}

  static LaunchCampaign launch() {
    return new LaunchCampaign(
        CAMPAIGN_ID,
        QuangNinhCourts.PROVINCIAL_COURT,
        "Phát huy truyền thống đoàn kết, trách nhiệm, kỷ cương, vì công lý, công chức, người lao"
            + " động TAND 2 cấp của tỉnh Quảng Ninh thi đua phấn đấu hoàn thành vượt các chỉ tiêu"
            + " nhiệm vụ công tác năm 2023",
        "Thi đua hoàn thành vượt các chỉ tiêu nhiệm vụ công tác năm 2023",
        STARTS_ON,
        ENDS_ON,
        QuangNinhCourts.twoLevels().stream().map(DemoUnit::unitId).toList(),
        List.of(PHASE_1, PHASE_2),
        List.of(
            criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, "90", "40"),
            criterion(Metric.ANNULLED_AMENDED_RATE, Direction.LOWER_IS_BETTER, "1.5", "20"),
            criterion(Metric.JUDGMENT_PUBLICATION_RATE, Direction.HIGHER_IS_BETTER, "100", "20"),
            criterion(Metric.MODEL_TRIALS_PER_JUDGE, Direction.HIGHER_IS_BETTER, "1", "20")),
        // +0.5 point per online trial above 10 (at most 5); −5 when the annulled rate passes 1.5 %
        List.of(
            new ScoreAdjustment(
                Metric.ONLINE_TRIALS,
                AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                BigDecimal.TEN,
                new BigDecimal("0.5"),
                BigDecimal.valueOf(5)),
            new ScoreAdjustment(
                Metric.ANNULLED_AMENDED_RATE,
                AdjustmentKind.PENALTY_WHEN_ABOVE,
                new BigDecimal("1.5"),
                BigDecimal.valueOf(5),
                null)),
        List.of(
            new EligibilityGate(
                Metric.ANNULLED_AMENDED_RATE, GateComparison.AT_MOST, new BigDecimal("1.5"))),
        "Kế hoạch thi đua năm 2023 của TAND tỉnh Quảng Ninh");
  }

  /** Up to 120 % of the base points for beating a target. */
  private static Criterion criterion(
      Metric metric, Direction direction, String target, String basePoints) {
    return new Criterion(
        metric, direction, new BigDecimal(target), new BigDecimal(basePoints), CAP);
  }
}
