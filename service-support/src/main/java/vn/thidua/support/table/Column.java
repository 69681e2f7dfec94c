package vn.thidua.support.table;

import java.util.List;
import java.util.function.Function;

/**
 * One column of an analyst table: its query key (used by {@code sort} and filters), its headers in
 * Vietnamese and English, the value it takes from a row, and what an analyst may do with it.
 *
 * @param allowedValues for a filterable TEXT column, the only values a filter may ask for (enum
 *     names, say); empty when any value is allowed
 */
public record Column<T>(
    String key,
    String headerVi,
    String headerEn,
    ColumnType type,
    Function<? super T, ?> value,
    boolean sortable,
    FilterMode filter,
    List<String> allowedValues) {

  /** How a query parameter named after the column narrows the rows. */
  public enum FilterMode {
    NONE,
    /** Equal to the value (text ignoring case; numbers and dates by value; any item of a list). */
    EXACT,
    /** Text containing the value, ignoring case. */
    CONTAINS
  }

  public Column {
    if (key == null || !key.matches("[a-zA-Z][a-zA-Z0-9]*")) {
      throw new IllegalArgumentException("a column key is a plain identifier: " + key);
    }
    if (filter == FilterMode.CONTAINS && type != ColumnType.TEXT) {
      throw new IllegalArgumentException("only TEXT columns can be searched: " + key);
    }
    allowedValues = List.copyOf(allowedValues);
  }

  public String header(HeaderLanguage language) {
    return language == HeaderLanguage.EN ? headerEn : headerVi;
  }

  Object valueOf(T row) {
    return value.apply(row);
  }

  boolean filterable() {
    return filter != FilterMode.NONE;
  }
}
