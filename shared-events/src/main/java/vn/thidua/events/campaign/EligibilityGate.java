package vn.thidua.events.campaign;

import java.math.BigDecimal;

/**
 * A hard condition kept apart from the score, e.g. ANNULLED_AMENDED_RATE AT_MOST 1.5: a unit that
 * fails it keeps its points but is not eligible for titles.
 */
public record EligibilityGate(Metric metric, GateComparison comparison, BigDecimal limit) {
  public boolean admits(BigDecimal figure) {
    int order = figure.compareTo(limit);
    return comparison == GateComparison.AT_MOST ? order <= 0 : order >= 0;
  }

  /** How the gate reads, e.g. {@code ANNULLED_AMENDED_RATE <= 1.5}. */
  public String describe() {
    return metric
        + (comparison == GateComparison.AT_MOST ? " <= " : " >= ")
        + limit.toPlainString();
  }
}
