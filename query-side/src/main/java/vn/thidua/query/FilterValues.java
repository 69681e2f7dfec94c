package vn.thidua.query;

/**
 * Reads text filters once their constraint ({@link EmulationYear}, {@link YesOrNo}) accepted them.
 */
public final class FilterValues {
  private FilterValues() {}

  /** Null when the filter was not given. */
  public static Integer year(String year) {
    return year == null ? null : Integer.valueOf(year);
  }

  /** Null when the filter was not given. */
  public static Boolean yesOrNo(String value) {
    return value == null ? null : Boolean.valueOf(value);
  }
}
