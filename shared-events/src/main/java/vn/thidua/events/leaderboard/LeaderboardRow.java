package vn.thidua.events.leaderboard;

import java.math.BigDecimal;

/**
 * One unit's standing with the figures that explain it: accepted counts cases pending at the period
 * start (carried over) plus those newly accepted in it; resolved counts verdicts in it.
 */
public record LeaderboardRow(
    int rank,
    String unitId,
    String unitName,
    long accepted,
    long resolved,
    BigDecimal resolutionRatePercent) {}
