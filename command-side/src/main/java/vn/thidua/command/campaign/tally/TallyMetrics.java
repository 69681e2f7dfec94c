package vn.thidua.command.campaign.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.thidua.events.campaign.Metric;

/**
 * The formulas of the metrics the caseload events allow today (see DOMAIN.md). Metrics absent here
 * (publication, court mediation, virtual assistant, overdue cases, disposition time) are reported
 * as "no data" until their events exist; adding one is one entry here.
 */
final class TallyMetrics {
  private static final Map<Metric, Function<PeriodCounts, Optional<BigDecimal>>> FORMULAS =
      new EnumMap<>(Metric.class);

  static {
    FORMULAS.put(
        Metric.RESOLUTION_RATE,
        counts -> Optional.of(UnitFigures.percent(counts.resolved(), counts.accepted())));
    FORMULAS.put(
        Metric.CLEARANCE_RATE,
        counts ->
            counts.newlyAccepted() == 0
                ? Optional.empty()
                : Optional.of(UnitFigures.percent(counts.resolved(), counts.newlyAccepted())));
    // two decimals: the limit is commonly 1.5 % and the seed's court reached 0.58 %
    FORMULAS.put(
        Metric.ANNULLED_AMENDED_RATE,
        counts ->
            counts.resolved() == 0
                ? Optional.empty()
                : Optional.of(
                    counts
                        .annulledAmended()
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(counts.resolved()), 2, RoundingMode.HALF_UP)));
    FORMULAS.put(
        Metric.ONLINE_TRIALS, counts -> Optional.of(BigDecimal.valueOf(counts.onlineTrials())));
    FORMULAS.put(
        Metric.MODEL_TRIALS_PER_JUDGE,
        counts ->
            counts.judges() == null || counts.judges() == 0
                ? Optional.empty()
                : Optional.of(
                    BigDecimal.valueOf(counts.modelTrials())
                        .divide(BigDecimal.valueOf(counts.judges()), 2, RoundingMode.HALF_UP)));
  }

  private TallyMetrics() {}

  static UnitFigures figures(String unitId, PeriodCounts counts) {
    Map<Metric, BigDecimal> metrics = new EnumMap<>(Metric.class);
    FORMULAS.forEach(
        (metric, formula) -> formula.apply(counts).ifPresent(value -> metrics.put(metric, value)));
    return new UnitFigures(unitId, counts.accepted(), counts.resolved(), metrics);
  }
}
