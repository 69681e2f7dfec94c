package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.events.campaign.AdjustmentFigure;
import vn.thidua.events.campaign.AdjustmentKind;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.GateComparison;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.ScoreAdjustment;

/** A scoring table worked by hand: caps, a bonus bound, a penalty, gates, no data and ties. */
class ScoreCardTest {
  private static final ScoringTable TABLE =
      new ScoringTable(
          List.of(
              criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, "90", "50", "1.2"),
              criterion(Metric.ONLINE_TRIALS, Direction.HIGHER_IS_BETTER, "10", "10", "1.2"),
              criterion(Metric.MODEL_TRIALS_PER_JUDGE, Direction.HIGHER_IS_BETTER, "1", "20", "1"),
              criterion(
                  Metric.ANNULLED_AMENDED_RATE, Direction.LOWER_IS_BETTER, "1.5", "20", "1.2")),
          List.of(
              new ScoreAdjustment(
                  Metric.ONLINE_TRIALS,
                  AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                  decimal("10"),
                  decimal("0.5"),
                  decimal("2")),
              new ScoreAdjustment(
                  Metric.RESOLUTION_RATE,
                  AdjustmentKind.PENALTY_WHEN_BELOW,
                  decimal("85"),
                  decimal("5"),
                  null)),
          List.of(
              new EligibilityGate(Metric.RESOLUTION_RATE, GateComparison.AT_LEAST, decimal("80")),
              new EligibilityGate(
                  Metric.ANNULLED_AMENDED_RATE, GateComparison.AT_MOST, decimal("1.5"))));

  @Test
  void scoresCapsAdjustsGatesAndBreaksTiesByResolutionRateThenUnitId() {
    List<FrozenStanding> standings =
        ScoreCard.rank(
            TABLE,
            List.of(
                unit("B", 100, 79, "79.0", "10", "0.8"),
                unit("C-2", 100, 90, "90.0", "11", "1"),
                unit("A", 200, 190, "95.0", "20", "1.5"),
                unit("C-1", 100, 90, "90.0", "11", "1"),
                unit("E", 1000, 936, "93.6", "10", "0.975")));

    // A 52.78 + 12 + 20 + 0 + 2 = 86.78; E 52 + 10 + 19.5 = 81.50 at 93.6 %;
    // C-1 and C-2 50 + 11 + 20 + 0.5 = 81.50 at 90.0 %; B 43.89 + 10 + 16 − 5 = 64.89
    assertThat(standings)
        .extracting(FrozenStanding::unitId)
        .containsExactly("A", "E", "C-1", "C-2", "B");
    assertThat(standings).extracting(FrozenStanding::rank).containsExactly(1, 2, 3, 4, 5);
    assertThat(standings)
        .extracting(FrozenStanding::score)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            decimal("86.78"),
            decimal("81.50"),
            decimal("81.50"),
            decimal("81.50"),
            decimal("64.89"));

    assertThat(standings.get(0))
        .usingRecursiveComparison()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
        .isEqualTo(
            new FrozenStanding(
                1,
                "A",
                200,
                190,
                decimal("86.78"),
                List.of(
                    figure(Metric.RESOLUTION_RATE, "95.0", "90", "1.0556", "52.78", "50", "1.2"),
                    figure(Metric.ONLINE_TRIALS, "20", "10", "1.2", "12", "10", "1.2"),
                    figure(Metric.MODEL_TRIALS_PER_JUDGE, "1.5", "1", "1", "20", "20", "1"),
                    new CriterionFigure(
                        Metric.ANNULLED_AMENDED_RATE,
                        null,
                        decimal("1.5"),
                        null,
                        BigDecimal.ZERO,
                        Direction.LOWER_IS_BETTER,
                        decimal("20"),
                        decimal("1.2"),
                        true)),
                List.of(),
                decimal("95.0"),
                decimal("84.78"),
                decimal("2"),
                BigDecimal.ZERO,
                List.of(
                    new AdjustmentFigure(
                        Metric.ONLINE_TRIALS,
                        AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                        decimal("20"),
                        decimal("10"),
                        decimal("2"),
                        false),
                    new AdjustmentFigure(
                        Metric.RESOLUTION_RATE,
                        AdjustmentKind.PENALTY_WHEN_BELOW,
                        decimal("95.0"),
                        decimal("85"),
                        BigDecimal.ZERO,
                        false)),
                List.of("ANNULLED_AMENDED_RATE <= 1.5")));

    FrozenStanding last = standings.get(4);
    assertThat(last.penalty()).isEqualByComparingTo("5");
    assertThat(last.criteriaPoints()).isEqualByComparingTo("69.89");
    assertThat(last.failedGates()).containsExactly("RESOLUTION_RATE >= 80");
    assertThat(last.figures().get(0).achievement()).isEqualByComparingTo("0.8778");
  }

  @Test
  void lowerIsBetterRewardsFiguresUnderTheTargetUpToTheCap() {
    ScoringTable annulled =
        new ScoringTable(
            List.of(
                criterion(
                    Metric.ANNULLED_AMENDED_RATE, Direction.LOWER_IS_BETTER, "1.5", "20", "1.2")),
            List.of(
                new ScoreAdjustment(
                    Metric.ANNULLED_AMENDED_RATE,
                    AdjustmentKind.PENALTY_WHEN_ABOVE,
                    decimal("1.5"),
                    decimal("5"),
                    null)),
            List.of());
    List<FrozenStanding> standings =
        ScoreCard.rank(
            annulled,
            List.of(
                new UnitFigures(
                    "LOW", 10, 10, Map.of(Metric.ANNULLED_AMENDED_RATE, decimal("0.58"))),
                new UnitFigures(
                    "HIGH", 10, 10, Map.of(Metric.ANNULLED_AMENDED_RATE, decimal("2")))));

    // LOW: 1.5 ÷ 0.58 = 2.59 → capped 1.2 → 24; HIGH: 1.5 ÷ 2 = 0.75 → 15, − 5 → 10
    assertThat(standings.get(0).score()).isEqualByComparingTo("24");
    assertThat(standings.get(1).score()).isEqualByComparingTo("10");
  }

  private static UnitFigures unit(
      String unitId, long accepted, long resolved, String rate, String online, String model) {
    return new UnitFigures(
        unitId,
        accepted,
        resolved,
        Map.of(
            Metric.RESOLUTION_RATE, decimal(rate),
            Metric.ONLINE_TRIALS, decimal(online),
            Metric.MODEL_TRIALS_PER_JUDGE, decimal(model)));
  }

  private static Criterion criterion(
      Metric metric, Direction direction, String target, String base, String cap) {
    return new Criterion(metric, direction, decimal(target), decimal(base), decimal(cap));
  }

  private static CriterionFigure figure(
      Metric metric,
      String actual,
      String target,
      String achievement,
      String points,
      String base,
      String cap) {
    return new CriterionFigure(
        metric,
        decimal(actual),
        decimal(target),
        decimal(achievement),
        decimal(points),
        Direction.HIGHER_IS_BETTER,
        decimal(base),
        decimal(cap),
        false);
  }

  private static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }
}
