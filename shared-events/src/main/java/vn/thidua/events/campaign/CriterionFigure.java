package vn.thidua.events.campaign;

import java.math.BigDecimal;

/**
 * One criterion of one unit's standing: the actual figure, the target, how far the target is
 * achieved (capped) and the points it earns.
 */
public record CriterionFigure(
    Metric metric,
    BigDecimal actual,
    BigDecimal target,
    BigDecimal achievement,
    BigDecimal points) {}
