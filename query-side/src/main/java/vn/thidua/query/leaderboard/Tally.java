package vn.thidua.query.leaderboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a period counts for a unit: cases accepted (carried over plus new) and resolved. */
record Tally(long accepted, long resolved) {
  static final Tally NONE = new Tally(0, 0);

  Tally plus(Tally other) {
    return new Tally(accepted + other.accepted, resolved + other.resolved);
  }

  Tally minus(Tally other) {
    return new Tally(accepted - other.accepted, resolved - other.resolved);
  }

  boolean isNone() {
    return accepted == 0 && resolved == 0;
  }

  /** resolved ÷ accepted in percent, one decimal, half up; 0 when nothing was accepted. */
  BigDecimal resolutionRatePercent() {
    if (accepted == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(resolved * 100)
        .divide(BigDecimal.valueOf(accepted), 1, RoundingMode.HALF_UP);
  }
}
