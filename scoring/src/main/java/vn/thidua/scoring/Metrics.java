package vn.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.thidua.events.campaign.Metric;

/**
 * The formulas of DOMAIN.md, one per {@link Metric}, all rounded HALF_UP. A metric is left out of
 * the result ("no data") when a count it needs is unknown or its denominator is zero, so a unit is
 * never scored on a figure nobody counted. The one exception is the resolution rate, which reads 0
 * for a unit that accepted nothing, as the leaderboards always have.
 */
public final class Metrics {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

  private Metrics() {}

  /** Every metric the counts allow; a key is absent when the metric has no data. */
  public static Map<Metric, BigDecimal> of(UnitCounts counts) {
    Map<Metric, BigDecimal> metrics = new EnumMap<>(Metric.class);
    metrics.put(Metric.RESOLUTION_RATE, resolutionRate(counts.resolved(), counts.accepted()));
    put(metrics, Metric.CLEARANCE_RATE, percent(counts.resolved(), counts.newlyAccepted(), 1));
    put(
        metrics,
        Metric.ANNULLED_AMENDED_RATE,
        // two decimals: the limit is commonly 1.5 % and good courts sit around 0.5 %
        percent(counts.annulledAmended(), counts.resolved(), 2));
    put(
        metrics,
        Metric.MEDIATION_SUCCESS_RATE,
        percent(counts.mediationSuccessful(), counts.mediationEligibleResolved(), 1));
    put(
        metrics,
        Metric.COURT_MEDIATION_SUCCESS_RATE,
        percent(counts.courtMediationSuccessful(), counts.courtMediationTransferred(), 1));
    put(
        metrics,
        Metric.JUDGMENT_PUBLICATION_RATE,
        percent(counts.judgmentsPublishedOnTime(), counts.judgmentsEffective(), 1));
    put(
        metrics,
        Metric.VIRTUAL_ASSISTANT_USE_RATE,
        percent(counts.judgesUsingVirtualAssistant(), counts.judges(), 1));
    put(
        metrics,
        Metric.MODEL_TRIALS_PER_JUDGE,
        ratio(BigDecimal.valueOf(counts.modelTrials()), counts.judges(), 2));
    metrics.put(Metric.ONLINE_TRIALS, BigDecimal.valueOf(counts.onlineTrials()));
    put(
        metrics,
        Metric.OVERDUE_CASES,
        counts.overdueAtEnd() == null ? null : BigDecimal.valueOf(counts.overdueAtEnd()));
    put(
        metrics,
        Metric.DISPOSITION_TIME_DAYS,
        ratio(
            DAYS_PER_YEAR.multiply(BigDecimal.valueOf(counts.pendingAtEnd())),
            counts.resolved(),
            1));
    return Collections.unmodifiableMap(metrics);
  }

  /** Resolved ÷ accepted in percent, one decimal; 0 accepted reads 0.0 rather than no data. */
  public static BigDecimal resolutionRate(long resolved, long accepted) {
    return accepted == 0
        ? BigDecimal.ZERO.setScale(1)
        : percent(BigDecimal.valueOf(resolved), accepted, 1);
  }

  private static void put(Map<Metric, BigDecimal> metrics, Metric metric, BigDecimal value) {
    if (value != null) {
      metrics.put(metric, value);
    }
  }

  private static BigDecimal percent(Number part, Number whole, int scale) {
    if (part == null) {
      return null;
    }
    return ratio(decimal(part).multiply(HUNDRED), whole, scale);
  }

  /** part ÷ whole, or null (no data) when the whole is unknown or zero. */
  private static BigDecimal ratio(BigDecimal part, Number whole, int scale) {
    if (part == null || whole == null || decimal(whole).signum() == 0) {
      return null;
    }
    return part.divide(decimal(whole), scale, RoundingMode.HALF_UP);
  }

  private static BigDecimal decimal(Number number) {
    return number instanceof BigDecimal exact ? exact : BigDecimal.valueOf(number.longValue());
  }
}
