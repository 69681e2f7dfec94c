package vn.thidua.command.campaign.tally;

import java.math.BigDecimal;
import vn.thidua.scoring.UnitCounts;

/**
 * The raw counts of one unit in one period, read from the tally tables; the scoring module's {@link
 * UnitCounts} turns them into metrics. Counts the tally does not keep read as unknown.
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

  UnitCounts toUnitCounts() {
    return new UnitCounts(
        accepted,
        newlyAccepted,
        resolved,
        annulledAmended,
        null,
        null,
        null,
        null,
        null,
        null,
        onlineTrials,
        modelTrials,
        judges,
        null,
        null,
        null);
  }
}
