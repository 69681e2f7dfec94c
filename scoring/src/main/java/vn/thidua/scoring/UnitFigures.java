package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import vn.thidua.events.campaign.Metric;

/**
 * A unit's figures for a period, as the scoring table reads them. {@code metrics} holds only the
 * metrics that have data; a metric missing from it earns no points and leaves its gate unchecked.
 */
public record UnitFigures(
    String unitId, long accepted, long resolved, Map<Metric, BigDecimal> metrics) {
  public UnitFigures {
    metrics = Map.copyOf(metrics);
  }

  /** The figures {@link Metrics} derives from a unit's raw counts. */
  public static UnitFigures of(String unitId, UnitCounts counts) {
    return new UnitFigures(unitId, counts.accepted(), counts.resolved(), Metrics.of(counts));
  }

  public Optional<BigDecimal> metric(Metric metric) {
    return Optional.ofNullable(metrics.get(metric));
  }

  /** Resolved ÷ accepted in percent, one decimal, HALF_UP; 0 accepted → 0.0: the tie-breaker. */
  public BigDecimal resolutionRate() {
    return Metrics.resolutionRate(resolved, accepted);
  }
}
