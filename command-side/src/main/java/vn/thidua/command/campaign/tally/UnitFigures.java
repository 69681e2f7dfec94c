package vn.thidua.command.campaign.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import vn.thidua.events.campaign.Metric;

/**
 * A unit's figures for a period. {@code metrics} holds only the metrics the system can count; a
 * metric missing from it has no data (its events do not exist yet).
 */
public record UnitFigures(
    String unitId, long accepted, long resolved, Map<Metric, BigDecimal> metrics) {
  public UnitFigures {
    metrics = Map.copyOf(metrics);
  }

  public Optional<BigDecimal> metric(Metric metric) {
    return Optional.ofNullable(metrics.get(metric));
  }

  /** Resolved ÷ accepted in percent, one decimal, HALF_UP; 0 accepted → 0 (as the leaderboard). */
  public BigDecimal resolutionRate() {
    return percent(resolved, accepted);
  }

  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
