package vn.thidua.query.leaderboard;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The court measures of one unit, case type (null: all types) and month. Disposition time is
 * CEPEJ's, scaled to the month: days in the month × pending at its end ÷ resolved in it.
 */
public record CaseloadMonth(
    String unitId,
    String caseType,
    YearMonth month,
    long accepted,
    long newlyAccepted,
    long resolved,
    long pendingAtEnd,
    BigDecimal resolutionRate,
    BigDecimal clearanceRate,
    BigDecimal dispositionTimeDays,
    BigDecimal averagePendingAgeDays,
    Long overdueAtEnd) {}
