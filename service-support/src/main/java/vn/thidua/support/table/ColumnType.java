package vn.thidua.support.table;

/** How a column's values are sorted, filtered and written to a spreadsheet cell. */
public enum ColumnType {
  /** Text, identifiers and enum names; sorted in Vietnamese alphabetical order. */
  TEXT,
  /** Any {@link Number}; a number cell in XLSX. */
  NUMBER,
  /** A {@link java.time.LocalDate}; a date cell in XLSX, ISO in CSV. */
  DATE,
  /** An {@link java.time.Instant}, shown in Vietnam's time zone; a date-time cell in XLSX. */
  DATE_TIME
}
