package vn.thidua.command.campaign.tally;

import java.math.BigDecimal;

/**
 * The raw counts of one unit in one period, read from the tally tables. A new metric usually needs
 * one more count here and one formula in {@link TallyMetrics}.
 */
record PeriodCounts(
    long accepted,
    long resolved,
    long newlyAccepted,
    long onlineTrials,
    long modelTrials,
    BigDecimal annulledAmended,
    Integer judges) {
  static final PeriodCounts NONE = new PeriodCounts(0, 0, 0, 0, 0, BigDecimal.ZERO, null);

  PeriodCounts withJudges(Integer count) {
    return new PeriodCounts(
        accepted, resolved, newlyAccepted, onlineTrials, modelTrials, annulledAmended, count);
  }
}
