package vn.thidua.events.campaign;

import java.math.BigDecimal;

/**
 * A bonus or penalty rule of a scoring table, applied after the criteria: for example "+0.5 points
 * per online trial above 10, at most 5 points" or "−5 points when the annulled rate is above 1.5".
 * {@code maxPoints} bounds a per-unit bonus; it may be null (no bound).
 */
public record ScoreAdjustment(
    Metric metric,
    AdjustmentKind kind,
    BigDecimal threshold,
    BigDecimal points,
    BigDecimal maxPoints) {}
