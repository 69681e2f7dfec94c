package vn.thidua.support.table;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Filters, sorts and pages rows that are all in memory; the given order is the default one. */
final class InMemoryRows<T> implements TableSource<T> {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final AnalystTable<T> table;
  private final List<T> rows;

  InMemoryRows(AnalystTable<T> table, List<T> rows) {
    this.table = table;
    this.rows = rows;
  }

  @Override
  public RowSlice<T> page(TableRequest request) {
    List<T> matching = matching(request);
    long from = Math.min(request.offset(), matching.size());
    int to = (int) Math.min(from + request.size(), matching.size());
    return new RowSlice<>(List.copyOf(matching.subList((int) from, to)), matching.size());
  }

  @Override
  public Stream<T> all(TableRequest request) {
    return matching(request).stream();
  }

  private List<T> matching(TableRequest request) {
    Predicate<T> filter = row -> true;
    for (var given : request.filters().entrySet()) {
      Column<T> column = table.column(given.getKey());
      if (column != null && column.filterable()) {
        filter = filter.and(row -> matches(column, column.valueOf(row), given.getValue()));
      }
    }
    List<T> matching = new ArrayList<>(rows.stream().filter(filter).toList());
    comparator(request).ifPresent(matching::sort);
    return matching;
  }

  private java.util.Optional<Comparator<T>> comparator(TableRequest request) {
    Comparator<T> order = null;
    Collator collator = Collator.getInstance(VIETNAMESE);
    for (SortOrder sort : request.sort()) {
      Column<T> column = table.column(sort.key());
      Comparator<Object> values = valueOrder(column.type(), collator);
      Comparator<Object> directed =
          Comparator.nullsLast(sort.ascending() ? values : values.reversed());
      Comparator<T> byColumn =
          Comparator.comparing(row -> nullIfBlank(column.valueOf(row)), directed);
      order = order == null ? byColumn : order.thenComparing(byColumn);
    }
    return java.util.Optional.ofNullable(order);
  }

  private static Object nullIfBlank(Object value) {
    return value instanceof String text && text.isBlank() ? null : value;
  }

  private static Comparator<Object> valueOrder(ColumnType type, Collator collator) {
    return switch (type) {
      case NUMBER -> Comparator.comparing(CellText::number);
      case DATE -> Comparator.comparing(value -> (LocalDate) value);
      case DATE_TIME -> Comparator.comparing(value -> (Instant) value);
      case TEXT -> (left, right) -> collator.compare(CellText.of(left), CellText.of(right));
    };
  }

  private static boolean matches(Column<?> column, Object value, String wanted) {
    if (value == null) {
      return false;
    }
    if (value instanceof java.util.Collection<?> items) {
      return items.stream().anyMatch(item -> matches(column, item, wanted));
    }
    return switch (column.type()) {
      case NUMBER -> CellText.number(value).compareTo(new BigDecimal(wanted)) == 0;
      case DATE, DATE_TIME -> CellText.day(value).equals(LocalDate.parse(wanted));
      case TEXT ->
          column.filter() == Column.FilterMode.CONTAINS
              ? CellText.of(value).toLowerCase(VIETNAMESE).contains(wanted.toLowerCase(VIETNAMESE))
              : CellText.of(value).equalsIgnoreCase(wanted);
    };
  }
}
