package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import java.time.YearMonth;

/** A period of business dates, both days inclusive. */
record Period(LocalDate startsOn, LocalDate endsOn) {
  boolean contains(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  boolean overlaps(YearMonth month) {
    return !month.atDay(1).isAfter(endsOn) && !month.atEndOfMonth().isBefore(startsOn);
  }

  static Period of(YearMonth month) {
    return new Period(month.atDay(1), month.atEndOfMonth());
  }
}
