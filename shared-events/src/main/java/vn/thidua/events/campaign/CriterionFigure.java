package vn.thidua.events.campaign;

import java.math.BigDecimal;

/**
 * One criterion of one unit's standing: the actual figure, the target, how far the target is
 * achieved (capped) and the points it earns. A metric the system cannot count yet has {@code
 * noData} set, a null actual and achievement, and earns no points.
 */
public record CriterionFigure(
    Metric metric,
    BigDecimal actual,
    BigDecimal target,
    BigDecimal achievement,
    BigDecimal points,
    Direction direction,
    BigDecimal basePoints,
    BigDecimal cap,
    boolean noData) {
  public CriterionFigure(
      Metric metric,
      BigDecimal actual,
      BigDecimal target,
      BigDecimal achievement,
      BigDecimal points) {
    this(metric, actual, target, achievement, points, null, null, null, actual == null);
  }
}
