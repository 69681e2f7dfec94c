package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

/**
 * One rule of the scoring table per test, each worked by hand in the comments: score = Σ base ×
 * min(achievement, cap) + bonuses − penalties; achievement actual ÷ target (higher is better) or
 * target ÷ actual (lower is better) at 4 decimals; points at 2 decimals.
 */
class ScoringRulesTest {

  @Test
  void aTieOnScoreGoesToTheHigherResolutionRateThenToTheSmallerUnitId() {
    ScoringTable table =
        table(
            List.of(criterion(Metric.ONLINE_TRIALS, Direction.HIGHER_IS_BETTER, "10", "10", "1")));

    // every unit but D: 10 online ÷ 10 = 1 → 10.00 points; D: 5 ÷ 10 = 0.5 → 5.00
    // C resolved 95 of 100 = 95.0 %, A and B 90 of 100 = 90.0 %, D 100 %
    List<FrozenStanding> standings =
        ScoreCard.rank(
            table,
            List.of(
                unit("D", 100, 100, Map.of(Metric.ONLINE_TRIALS, "5")),
                unit("B", 100, 90, Map.of(Metric.ONLINE_TRIALS, "10")),
                unit("C", 100, 95, Map.of(Metric.ONLINE_TRIALS, "10")),
                unit("A", 100, 90, Map.of(Metric.ONLINE_TRIALS, "10"))));

    // the score first (D is last despite its 100 %), then 95.0 before 90.0, then "A" before "B"
    assertThat(standings).extracting(FrozenStanding::unitId).containsExactly("C", "A", "B", "D");
    assertThat(standings).extracting(FrozenStanding::rank).containsExactly(1, 2, 3, 4);
    assertThat(standings)
        .extracting(FrozenStanding::score)
        .containsExactly(points("10.00"), points("10.00"), points("10.00"), points("5.00"));
    assertThat(standings)
        .extracting(FrozenStanding::resolutionRate)
        .containsExactly(
            new BigDecimal("95.0"),
            new BigDecimal("90.0"),
            new BigDecimal("90.0"),
            new BigDecimal("100.0"));
  }

  @Test
  void theCapBoundsTheAchievementHoweverFarTheTargetIsBeaten() {
    ScoringTable table =
        table(
            List.of(
                criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, "80", "50", "1.2")));

    // FAR: 100 ÷ 80 = 1.25 → capped at 1.2 → 50 × 1.2 = 60.00
    // NEAR: 88 ÷ 80 = 1.1 (under the cap) → 55.00
    // LOW: 60 ÷ 80 = 0.75 → 37.50
    List<FrozenStanding> standings =
        ScoreCard.rank(
            table,
            List.of(
                unit("NEAR", 100, 88, Map.of(Metric.RESOLUTION_RATE, "88.0")),
                unit("LOW", 100, 60, Map.of(Metric.RESOLUTION_RATE, "60.0")),
                unit("FAR", 100, 100, Map.of(Metric.RESOLUTION_RATE, "100.0"))));

    assertThat(standings).extracting(FrozenStanding::unitId).containsExactly("FAR", "NEAR", "LOW");
    assertThat(standings)
        .extracting(standing -> standing.figures().get(0).achievement())
        .containsExactly(
            new BigDecimal("1.2000"), new BigDecimal("1.1000"), new BigDecimal("0.7500"));
    assertThat(standings)
        .extracting(FrozenStanding::score)
        .containsExactly(points("60.00"), points("55.00"), points("37.50"));
  }

  @Test
  void lowerIsBetterDividesTheTargetByTheFigure() {
    ScoringTable table =
        table(
            List.of(
                criterion(
                    Metric.DISPOSITION_TIME_DAYS, Direction.LOWER_IS_BETTER, "90", "20", "1.2"),
                criterion(Metric.OVERDUE_CASES, Direction.LOWER_IS_BETTER, "0", "10", "1")));

    // SLOW: 90 ÷ 120 days = 0.75 → 15.00; 3 overdue against 0: 0 ÷ 3 = 0 → 0.00; total 15.00
    // FAST: 90 ÷ 60 = 1.5 → capped 1.2 → 24.00; 0 overdue: nothing to divide, full cap 1 → 10.00;
    // total 34.00
    List<FrozenStanding> standings =
        ScoreCard.rank(
            table,
            List.of(
                unit(
                    "SLOW",
                    10,
                    5,
                    Map.of(Metric.DISPOSITION_TIME_DAYS, "120.0", Metric.OVERDUE_CASES, "3")),
                unit(
                    "FAST",
                    10,
                    5,
                    Map.of(Metric.DISPOSITION_TIME_DAYS, "60.0", Metric.OVERDUE_CASES, "0"))));

    assertThat(standings).extracting(FrozenStanding::unitId).containsExactly("FAST", "SLOW");
    assertThat(standings.get(0).figures())
        .extracting(CriterionFigure::points)
        .containsExactly(points("24.00"), points("10.00"));
    assertThat(standings.get(1).figures())
        .extracting(CriterionFigure::achievement)
        .containsExactly(new BigDecimal("0.7500"), new BigDecimal("0.0000"));
    assertThat(standings)
        .extracting(FrozenStanding::score)
        .containsExactly(points("34.00"), points("15.00"));
  }

  @Test
  void aBonusPerUnitAboveTheThresholdStopsAtItsMaxPoints() {
    ScoringTable table =
        new ScoringTable(
            List.of(),
            List.of(
                new ScoreAdjustment(
                    Metric.ONLINE_TRIALS,
                    AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                    new BigDecimal("10"),
                    new BigDecimal("0.5"),
                    new BigDecimal("5"))),
            List.of());

    // MANY: (58 − 10) × 0.5 = 24 → at most 5.00; SOME: (14 − 10) × 0.5 = 2.00;
    // TEN: not above 10 → 0.00
    List<FrozenStanding> standings =
        ScoreCard.rank(
            table,
            List.of(
                unit("TEN", 1, 1, Map.of(Metric.ONLINE_TRIALS, "10")),
                unit("SOME", 1, 1, Map.of(Metric.ONLINE_TRIALS, "14")),
                unit("MANY", 1, 1, Map.of(Metric.ONLINE_TRIALS, "58"))));

    assertThat(standings).extracting(FrozenStanding::unitId).containsExactly("MANY", "SOME", "TEN");
    assertThat(standings)
        .extracting(FrozenStanding::bonus)
        .containsExactly(points("5.00"), points("2.00"), points("0.00"));
    assertThat(standings)
        .extracting(FrozenStanding::score)
        .containsExactly(points("5.00"), points("2.00"), points("0.00"));
    assertThat(standings.get(0).adjustments())
        .containsExactly(
            new AdjustmentFigure(
                Metric.ONLINE_TRIALS,
                AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                new BigDecimal("58"),
                new BigDecimal("10"),
                points("5.00"),
                false));
  }

  @Test
  void aPenaltyIsSubtractedFromTheCriteriaPoints() {
    ScoringTable table =
        new ScoringTable(
            List.of(
                criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, "90", "50", "1.2")),
            List.of(
                new ScoreAdjustment(
                    Metric.ANNULLED_AMENDED_RATE,
                    AdjustmentKind.PENALTY_WHEN_ABOVE,
                    new BigDecimal("1.5"),
                    new BigDecimal("5"),
                    null),
                new ScoreAdjustment(
                    Metric.RESOLUTION_RATE,
                    AdjustmentKind.PENALTY_WHEN_BELOW,
                    new BigDecimal("85"),
                    new BigDecimal("3"),
                    null)),
            List.of());

    // POOR: 84.0 ÷ 90 = 0.9333 → 46.67; annulled 2.00 > 1.5 → −5; 84.0 < 85 → −3;
    // 46.67 − 8 = 38.67
    // EDGE: 90.0 ÷ 90 = 1 → 50.00; annulled exactly 1.50 is not above the limit → no penalty
    List<FrozenStanding> standings =
        ScoreCard.rank(
            table,
            List.of(
                unit(
                    "POOR",
                    100,
                    84,
                    Map.of(Metric.RESOLUTION_RATE, "84.0", Metric.ANNULLED_AMENDED_RATE, "2.00")),
                unit(
                    "EDGE",
                    100,
                    90,
                    Map.of(Metric.RESOLUTION_RATE, "90.0", Metric.ANNULLED_AMENDED_RATE, "1.50"))));

    FrozenStanding poor = standings.get(1);
    assertThat(poor.unitId()).isEqualTo("POOR");
    assertThat(poor.criteriaPoints()).isEqualTo(points("46.67"));
    assertThat(poor.penalty()).isEqualTo(points("8.00"));
    assertThat(poor.score()).isEqualTo(points("38.67"));
    assertThat(poor.adjustments())
        .extracting(AdjustmentFigure::points)
        .containsExactly(points("-5.00"), points("-3.00"));
    FrozenStanding edge = standings.get(0);
    assertThat(edge.penalty()).isEqualTo(points("0.00"));
    assertThat(edge.score()).isEqualTo(points("50.00"));
  }

  @Test
  void aFailedGateIsFlaggedAndKeepsTheScoreAndTheRank() {
    ScoringTable table =
        new ScoringTable(
            List.of(
                criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, "90", "50", "1.2")),
            List.of(),
            List.of(
                new EligibilityGate(
                    Metric.ANNULLED_AMENDED_RATE, GateComparison.AT_MOST, new BigDecimal("1.5")),
                new EligibilityGate(
                    Metric.VIRTUAL_ASSISTANT_USE_RATE,
                    GateComparison.AT_LEAST,
                    new BigDecimal("100"))));

    // FAST: 95.0 ÷ 90 = 1.0556 → 52.78 although its annulled rate 2.00 fails the gate;
    // CAREFUL: 90.0 ÷ 90 = 1 → 50.00 and passes. Neither has a virtual-assistant figure.
    List<FrozenStanding> standings =
        ScoreCard.rank(
            table,
            List.of(
                unit(
                    "CAREFUL",
                    100,
                    90,
                    Map.of(Metric.RESOLUTION_RATE, "90.0", Metric.ANNULLED_AMENDED_RATE, "0.50")),
                unit(
                    "FAST",
                    100,
                    95,
                    Map.of(Metric.RESOLUTION_RATE, "95.0", Metric.ANNULLED_AMENDED_RATE, "2.00"))));

    assertThat(standings).extracting(FrozenStanding::unitId).containsExactly("FAST", "CAREFUL");
    assertThat(standings.get(0).score()).isEqualTo(points("52.78"));
    assertThat(standings.get(0).failedGates()).containsExactly("ANNULLED_AMENDED_RATE <= 1.5");
    assertThat(standings.get(1).failedGates()).isEmpty();
    assertThat(standings)
        .allSatisfy(
            standing ->
                assertThat(standing.uncheckedGates())
                    .containsExactly("VIRTUAL_ASSISTANT_USE_RATE >= 100"));
  }

  @Test
  void aMetricWithoutDataEarnsNothingAndSaysSo() {
    ScoringTable table =
        new ScoringTable(
            List.of(
                criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, "90", "50", "1"),
                criterion(
                    Metric.MEDIATION_SUCCESS_RATE, Direction.HIGHER_IS_BETTER, "65", "20", "1")),
            List.of(
                new ScoreAdjustment(
                    Metric.MEDIATION_SUCCESS_RATE,
                    AdjustmentKind.PENALTY_WHEN_BELOW,
                    new BigDecimal("50"),
                    new BigDecimal("5"),
                    null)),
            List.of());

    // 45 of 50 = 90.0 % → 50.00; no mediation figure → 0 points and no penalty either
    FrozenStanding standing =
        ScoreCard.rank(table, List.of(unit("U", 50, 45, Map.of(Metric.RESOLUTION_RATE, "90.0"))))
            .get(0);

    assertThat(standing.figures().get(1))
        .isEqualTo(
            new CriterionFigure(
                Metric.MEDIATION_SUCCESS_RATE,
                null,
                new BigDecimal("65"),
                null,
                points("0.00"),
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("20"),
                BigDecimal.ONE,
                true));
    assertThat(standing.adjustments().get(0).noData()).isTrue();
    assertThat(standing.adjustments().get(0).points()).isEqualTo(points("0.00"));
    assertThat(standing.score()).isEqualTo(points("50.00"));
  }

  @Test
  void unitFiguresFromCountsAreScoredLikeAnyOther() {
    ScoringTable table =
        table(
            List.of(
                criterion(Metric.CLEARANCE_RATE, Direction.HIGHER_IS_BETTER, "100", "10", "1.2")));
    UnitCounts counts =
        new UnitCounts(120, 100, 105, BigDecimal.ZERO, 0L, 0L, 0L, 0L, 0L, 0L, 0, 0, 5, 0L, 0L, 0L);

    // 105 resolved ÷ 100 new = 105.0 % → 105.0 ÷ 100 = 1.05 → 10.50
    FrozenStanding standing = ScoreCard.rank(table, List.of(UnitFigures.of("U", counts))).get(0);

    assertThat(standing.accepted()).isEqualTo(120);
    assertThat(standing.resolved()).isEqualTo(105);
    assertThat(standing.resolutionRate()).isEqualTo(new BigDecimal("87.5")); // 105 ÷ 120
    assertThat(standing.score()).isEqualTo(points("10.50"));
  }

  /** The worked example of docs/features/scoring.md: Quảng Ninh's year on the demo's table. */
  @Test
  void theQuangNinhYearOnTheDemoTableScoresAsTheDocumentSays() {
    ScoringTable demo =
        new ScoringTable(
            List.of(
                criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, "90", "40", "1.2"),
                criterion(
                    Metric.ANNULLED_AMENDED_RATE, Direction.LOWER_IS_BETTER, "1.5", "20", "1.2"),
                criterion(
                    Metric.JUDGMENT_PUBLICATION_RATE,
                    Direction.HIGHER_IS_BETTER,
                    "100",
                    "20",
                    "1.2"),
                criterion(
                    Metric.MODEL_TRIALS_PER_JUDGE, Direction.HIGHER_IS_BETTER, "1", "20", "1.2")),
            List.of(
                new ScoreAdjustment(
                    Metric.ONLINE_TRIALS,
                    AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                    BigDecimal.TEN,
                    new BigDecimal("0.5"),
                    new BigDecimal("5")),
                new ScoreAdjustment(
                    Metric.ANNULLED_AMENDED_RATE,
                    AdjustmentKind.PENALTY_WHEN_ABOVE,
                    new BigDecimal("1.5"),
                    new BigDecimal("5"),
                    null)),
            List.of(
                new EligibilityGate(
                    Metric.ANNULLED_AMENDED_RATE, GateComparison.AT_MOST, new BigDecimal("1.5"))));
    UnitCounts year =
        new UnitCounts(
            7_403,
            6_500,
            7_009,
            new BigDecimal("40.5"),
            2_906L,
            2_020L,
            3_380L,
            2_337L,
            3_120L,
            3_120L,
            58,
            195,
            101,
            101L,
            206L,
            0L);

    FrozenStanding standing = ScoreCard.rank(demo, List.of(UnitFigures.of("TAND-QN", year))).get(0);

    // 94.7 ÷ 90 = 1.0522 → 42.09; 1.5 ÷ 0.58 = 2.5862 → 1.2 → 24.00; 100.0 ÷ 100 = 1 → 20.00;
    // 1.93 ÷ 1 = 1.93 → 1.2 → 24.00; criteria 110.09; bonus (58 − 10) × 0.5 = 24 → 5.00;
    // no penalty (0.58 ≤ 1.5); score 115.09; the gate passes
    assertThat(standing.figures())
        .extracting(CriterionFigure::points)
        .containsExactly(points("42.09"), points("24.00"), points("20.00"), points("24.00"));
    assertThat(standing.criteriaPoints()).isEqualTo(points("110.09"));
    assertThat(standing.bonus()).isEqualTo(points("5.00"));
    assertThat(standing.penalty()).isEqualTo(points("0.00"));
    assertThat(standing.score()).isEqualTo(points("115.09"));
    assertThat(standing.failedGates()).isEmpty();
    assertThat(standing.uncheckedGates()).isEmpty();
  }

  private static ScoringTable table(List<Criterion> criteria) {
    return new ScoringTable(criteria, List.of(), List.of());
  }

  private static Criterion criterion(
      Metric metric, Direction direction, String target, String base, String cap) {
    return new Criterion(
        metric, direction, new BigDecimal(target), new BigDecimal(base), new BigDecimal(cap));
  }

  private static UnitFigures unit(
      String unitId, long accepted, long resolved, Map<Metric, String> metrics) {
    Map<Metric, BigDecimal> figures = new LinkedHashMap<>();
    metrics.forEach((metric, value) -> figures.put(metric, new BigDecimal(value)));
    return new UnitFigures(unitId, accepted, resolved, figures);
  }

  /** Points as the engine writes them, with two decimals: 10.00 equals only 10.00. */
  private static BigDecimal points(String value) {
    return new BigDecimal(value);
  }
}
