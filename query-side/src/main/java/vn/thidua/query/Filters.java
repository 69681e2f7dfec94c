package vn.thidua.query;

/**
 * Patterns of the query-string filters the views take as text, so that a malformed value is a 400
 * naming the parameter rather than a conversion error.
 */
public final class Filters {
  /** An emulation year, e.g. {@code 2024}. */
  public static final String YEAR = "\\d{4}";

  public static final String YEAR_MESSAGE = "must be a year like 2024";

  public static final String TRUE_OR_FALSE = "true|false";

  public static final String TRUE_OR_FALSE_MESSAGE = "must be true or false";

  private Filters() {}

  public static Integer year(String year) {
    return year == null ? null : Integer.valueOf(year);
  }

  public static Boolean trueOrFalse(String value) {
    return value == null ? null : Boolean.valueOf(value);
  }
}
