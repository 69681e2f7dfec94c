package vn.thidua.events.campaign;

import java.math.BigDecimal;

/**
 * One line of a scoring table (bảng chấm điểm): the metric, which way is better, the target, the
 * points earned at exactly the target, and the cap on achievement (1.2 = at most 120 % of the base
 * points however far the target is beaten).
 */
public record Criterion(
    Metric metric, Direction direction, BigDecimal target, BigDecimal basePoints, BigDecimal cap) {
  public static final BigDecimal DEFAULT_BASE_POINTS = BigDecimal.TEN;
  public static final BigDecimal DEFAULT_CAP = BigDecimal.ONE;

  /**
   * Campaigns launched before scoring tables existed carried no points: they score the defaults.
   */
  public Criterion {
    basePoints = basePoints == null ? DEFAULT_BASE_POINTS : basePoints;
    cap = cap == null ? DEFAULT_CAP : cap;
  }

  public Criterion(Metric metric, Direction direction, BigDecimal target) {
    this(metric, direction, target, null, null);
  }
}
