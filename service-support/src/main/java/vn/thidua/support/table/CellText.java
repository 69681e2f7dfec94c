package vn.thidua.support.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.stream.Collectors;

/** How a value reads as text: in CSV, when filtering and when sorting text. */
final class CellText {
  /** Instants are shown as the court staff read them, in Vietnam's time. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private CellText() {}

  static String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(CellText::of).collect(Collectors.joining(", "));
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Instant instant) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
          OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), VIETNAM));
    }
    return value.toString();
  }

  static BigDecimal number(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    return value == null ? null : new BigDecimal(value.toString());
  }

  static LocalDate day(Object value) {
    if (value instanceof Instant instant) {
      return instant.atZone(VIETNAM).toLocalDate();
    }
    return (LocalDate) value;
  }
}
