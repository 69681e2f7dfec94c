package vn.thidua.query.leaderboard;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The months a statistics query covers, both inclusive, checked field by field. */
public record MonthRange(YearMonth from, YearMonth to) {
  /** Ten years of months answer any yearly comparison and keep an answer small. */
  static final int MOST_MONTHS = 120;

  /** From the query parameters {@code from} and {@code to} ({@code yyyy-MM}). */
  public static MonthRange parse(String from, String to) {
    YearMonth first = month("from", from);
    YearMonth last = month("to", to);
    if (first.isAfter(last)) {
      throw new InvalidLedgerFilter("from", "from-not-after-to", "'from' must not be after 'to'");
    }
    if (ChronoUnit.MONTHS.between(first, last) >= MOST_MONTHS) {
      throw new InvalidLedgerFilter(
          "to", "at-most-120-months", "Ask for at most " + MOST_MONTHS + " months at a time");
    }
    return new MonthRange(first, last);
  }

  private static YearMonth month(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidLedgerFilter(field, "required", "'" + field + "' is required");
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException notAMonth) {
      throw new InvalidLedgerFilter(field, "year-month", "must be a month like 2023-09");
    }
  }
}
