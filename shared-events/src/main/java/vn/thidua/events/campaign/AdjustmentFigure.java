package vn.thidua.events.campaign;

import java.math.BigDecimal;

/**
 * How one bonus or penalty rule applied to one unit: the figure it looked at (null with {@code
 * noData}) and the signed points it added (bonus) or took away (penalty).
 */
public record AdjustmentFigure(
    Metric metric,
    AdjustmentKind kind,
    BigDecimal actual,
    BigDecimal threshold,
    BigDecimal points,
    boolean noData) {}
