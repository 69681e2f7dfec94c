package vn.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.thidua.events.campaign.AdjustmentFigure;
import vn.thidua.events.campaign.AdjustmentKind;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.ScoreAdjustment;

/**
 * Scores and ranks units with a scoring table: score = Σ base × min(achievement, cap) + bonuses −
 * penalties. Achievement is actual ÷ target (higher is better) or target ÷ actual (lower is
 * better), 4 decimals; points 2 decimals, HALF_UP. Rank: score desc, resolution rate desc, unitId
 * asc. Gates never change the score.
 */
public final class ScoreCard {
  private static final int ACHIEVEMENT_SCALE = 4;
  private static final int POINTS_SCALE = 2;

  private ScoreCard() {}

  /** The standings of {@code units}, ranked 1..n; the order of {@code units} does not matter. */
  public static List<FrozenStanding> rank(ScoringTable table, Collection<UnitFigures> units) {
    List<FrozenStanding> unranked = new ArrayList<>();
    for (UnitFigures unit : units) {
      unranked.add(score(table, unit));
    }
    unranked.sort(
        Comparator.comparing(FrozenStanding::score, Comparator.reverseOrder())
            .thenComparing(FrozenStanding::resolutionRate, Comparator.reverseOrder())
            .thenComparing(FrozenStanding::unitId));
    List<FrozenStanding> ranked = new ArrayList<>();
    for (int i = 0; i < unranked.size(); i++) {
      FrozenStanding s = unranked.get(i);
      ranked.add(
          new FrozenStanding(
              i + 1,
              s.unitId(),
              s.accepted(),
              s.resolved(),
              s.score(),
              s.figures(),
              s.failedGates(),
              s.resolutionRate(),
              s.criteriaPoints(),
              s.bonus(),
              s.penalty(),
              s.adjustments(),
              s.uncheckedGates()));
    }
    return ranked;
  }

  private static FrozenStanding score(ScoringTable table, UnitFigures unit) {
    List<CriterionFigure> figures = new ArrayList<>();
    BigDecimal criteriaPoints = points(BigDecimal.ZERO);
    for (Criterion criterion : table.criteria()) {
      CriterionFigure figure = figure(criterion, unit.metric(criterion.metric()));
      figures.add(figure);
      criteriaPoints = criteriaPoints.add(figure.points());
    }
    List<AdjustmentFigure> adjustments = new ArrayList<>();
    BigDecimal bonus = points(BigDecimal.ZERO);
    BigDecimal penalty = points(BigDecimal.ZERO);
    for (ScoreAdjustment rule : table.adjustments()) {
      AdjustmentFigure applied = adjustment(rule, unit.metric(rule.metric()));
      adjustments.add(applied);
      if (applied.points().signum() > 0) {
        bonus = bonus.add(applied.points());
      } else {
        penalty = penalty.subtract(applied.points());
      }
    }
    List<String> failedGates = new ArrayList<>();
    List<String> uncheckedGates = new ArrayList<>();
    for (EligibilityGate gate : table.gates()) {
      Optional<BigDecimal> actual = unit.metric(gate.metric());
      if (actual.isEmpty()) {
        uncheckedGates.add(gate.describe());
      } else if (!gate.admits(actual.get())) {
        failedGates.add(gate.describe());
      }
    }
    return new FrozenStanding(
        0,
        unit.unitId(),
        unit.accepted(),
        unit.resolved(),
        criteriaPoints.add(bonus).subtract(penalty),
        List.copyOf(figures),
        List.copyOf(failedGates),
        unit.resolutionRate(),
        criteriaPoints,
        bonus,
        penalty,
        List.copyOf(adjustments),
        List.copyOf(uncheckedGates));
  }

  private static CriterionFigure figure(Criterion criterion, Optional<BigDecimal> actual) {
    if (actual.isEmpty()) {
      return new CriterionFigure(
          criterion.metric(),
          null,
          criterion.target(),
          null,
          points(BigDecimal.ZERO),
          criterion.direction(),
          criterion.basePoints(),
          criterion.cap(),
          true);
    }
    BigDecimal achievement = achievement(criterion, actual.get());
    return new CriterionFigure(
        criterion.metric(),
        actual.get(),
        criterion.target(),
        achievement,
        points(criterion.basePoints().multiply(achievement)),
        criterion.direction(),
        criterion.basePoints(),
        criterion.cap(),
        false);
  }

  private static BigDecimal achievement(Criterion criterion, BigDecimal actual) {
    BigDecimal cap = criterion.cap().setScale(ACHIEVEMENT_SCALE, RoundingMode.HALF_UP);
    BigDecimal target = criterion.target();
    BigDecimal ratio;
    if (criterion.direction() == Direction.HIGHER_IS_BETTER) {
      ratio =
          target.signum() == 0
              ? cap
              : actual.divide(target, ACHIEVEMENT_SCALE, RoundingMode.HALF_UP);
    } else {
      ratio =
          actual.signum() == 0
              ? cap
              : target.divide(actual, ACHIEVEMENT_SCALE, RoundingMode.HALF_UP);
    }
    return ratio.max(BigDecimal.ZERO.setScale(ACHIEVEMENT_SCALE)).min(cap);
  }

  private static AdjustmentFigure adjustment(ScoreAdjustment rule, Optional<BigDecimal> actual) {
    if (actual.isEmpty()) {
      return new AdjustmentFigure(
          rule.metric(), rule.kind(), null, rule.threshold(), points(BigDecimal.ZERO), true);
    }
    BigDecimal figure = actual.get();
    BigDecimal points = BigDecimal.ZERO;
    if (rule.kind() == AdjustmentKind.BONUS_PER_UNIT_ABOVE
        && figure.compareTo(rule.threshold()) > 0) {
      points = figure.subtract(rule.threshold()).multiply(rule.points());
      if (rule.maxPoints() != null) {
        points = points.min(rule.maxPoints());
      }
    } else if (rule.kind() == AdjustmentKind.PENALTY_WHEN_ABOVE
        && figure.compareTo(rule.threshold()) > 0) {
      points = rule.points().negate();
    } else if (rule.kind() == AdjustmentKind.PENALTY_WHEN_BELOW
        && figure.compareTo(rule.threshold()) < 0) {
      points = rule.points().negate();
    }
    return new AdjustmentFigure(
        rule.metric(), rule.kind(), figure, rule.threshold(), points(points), false);
  }

  private static BigDecimal points(BigDecimal value) {
    return value.setScale(POINTS_SCALE, RoundingMode.HALF_UP);
  }
}
