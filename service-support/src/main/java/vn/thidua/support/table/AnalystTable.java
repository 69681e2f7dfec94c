package vn.thidua.support.table;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An analyst table over the rows of one view: paged JSON, or the whole filtered and sorted table as
 * CSV or XLSX with Vietnamese (or English) headers. Define it once per view, then answer a request:
 *
 * <pre>{@code
 * static final AnalystTable<UnitView> UNITS =
 *     AnalystTable.<UnitView>named("don-vi", "Đơn vị", "Units")
 *         .text("unitId", "Mã đơn vị", "Unit id", UnitView::unitId).sortable().filterable()
 *         .number("judges", "Số thẩm phán", "Judges", UnitView::judges).sortable()
 *         .build();
 *
 * @GetMapping("/api/units") @TableEndpoint("UNITS")
 * ResponseEntity<Object> units(HttpServletRequest http) {
 *   TableRequest request = UNITS.read(http);
 *   return UNITS.answer(request, UNITS.inMemory(allUnits()));
 * }
 * }</pre>
 */
public final class AnalystTable<T> {
  private final String fileName;
  private final String titleVi;
  private final String titleEn;
  private final Map<String, Column<T>> columns;
  private final Set<String> sourceFilters;

  private AnalystTable(
      String fileName,
      String titleVi,
      String titleEn,
      List<Column<T>> columns,
      Set<String> sourceFilters) {
    this.fileName = fileName;
    this.titleVi = titleVi;
    this.titleEn = titleEn;
    this.columns = new LinkedHashMap<>();
    columns.forEach(column -> this.columns.put(column.key(), column));
    this.sourceFilters = Set.copyOf(sourceFilters);
  }

  /**
   * @param fileName the exported file's name without extension, ASCII (e.g. {@code don-vi})
   * @param titleVi the sheet's name in Vietnamese
   * @param titleEn the sheet's name in English
   */
  public static <T> Builder<T> named(String fileName, String titleVi, String titleEn) {
    return new Builder<>(fileName, titleVi, titleEn);
  }

  /** Checks the request's paging, sort, filters, format and language against this table. */
  public TableRequest read(HttpServletRequest request) {
    return TableRequestReader.read(this, request);
  }

  /** Filters, sorts and pages rows already in memory (the in-memory order is the default). */
  public TableSource<T> inMemory(Collection<T> rows) {
    return new InMemoryRows<>(this, List.copyOf(rows));
  }

  /**
   * The page as {@link TablePage} JSON, or the whole table as a CSV or XLSX attachment. A page past
   * the last one is refused (page 0 of an empty table is an empty page). The export's rows are
   * opened here, so a source's own refusals are still answered as problems, and written to the
   * response as they are read (by {@link TableExportConverter}, which service-support registers).
   */
  public ResponseEntity<Object> answer(TableRequest request, TableSource<T> source) {
    if (request.format() == ExportFormat.JSON) {
      // the page is JSON whatever else Accept lists (a ?format=json asked for it)
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .body(page(request, source));
    }
    Stream<T> rows = source.all(request);
    TableExport body =
        new TableExport(
            out -> {
              try (rows) {
                if (request.format() == ExportFormat.CSV) {
                  CsvWriter.write(columns(), request.language(), rows.iterator(), out);
                } else {
                  XlsxWriter.write(
                      title(request.language()),
                      columns(),
                      request.language(),
                      rows.iterator(),
                      out);
                }
              }
            });
    String file = fileName + "." + request.format().extension();
    return ResponseEntity.ok()
        .contentType(request.format().mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }

  /** Reads the request and answers it from rows in memory. */
  public ResponseEntity<Object> answer(HttpServletRequest http, Collection<T> rows) {
    return answer(read(http), inMemory(rows));
  }

  private TablePage<T> page(TableRequest request, TableSource<T> source) {
    RowSlice<T> slice = source.page(request);
    int totalPages = (int) ((slice.totalItems() + request.size() - 1) / request.size());
    if (request.page() > 0 && request.page() >= totalPages) {
      throw pageOutOfRange(totalPages);
    }
    return new TablePage<>(
        slice.items(), request.page(), request.size(), slice.totalItems(), totalPages);
  }

  static InvalidTableRequest pageOutOfRange(int totalPages) {
    return InvalidTableRequest.badParameter(
        "page",
        "page-out-of-range",
        totalPages == 0
            ? "the table is empty; ask for page 0"
            : "the last page is " + (totalPages - 1));
  }

  public List<Column<T>> columns() {
    return List.copyOf(columns.values());
  }

  public String title(HeaderLanguage language) {
    return language == HeaderLanguage.EN ? titleEn : titleVi;
  }

  Column<T> column(String key) {
    return columns.get(key);
  }

  /** Filters the source applies itself (not columns), e.g. membership in a list the rows lack. */
  Set<String> sourceFilters() {
    return sourceFilters;
  }

  List<String> sortableKeys() {
    return columns.values().stream().filter(Column::sortable).map(Column::key).toList();
  }

  List<String> filterableKeys() {
    List<String> keys =
        new ArrayList<>(
            columns.values().stream().filter(Column::filterable).map(Column::key).toList());
    sourceFilters.stream().filter(key -> !keys.contains(key)).sorted().forEach(keys::add);
    return keys;
  }

  /** Adds columns in order; {@code sortable()}, {@code filterable()}... apply to the last one. */
  public static final class Builder<T> {
    private final String fileName;
    private final String titleVi;
    private final String titleEn;
    private final List<Column<T>> columns = new ArrayList<>();
    private final Set<String> sourceFilters = new LinkedHashSet<>();

    private Builder(String fileName, String titleVi, String titleEn) {
      if (!fileName.matches("[a-z0-9-]+")) {
        throw new IllegalArgumentException("an export file name is lower-case ASCII: " + fileName);
      }
      this.fileName = fileName;
      this.titleVi = titleVi;
      this.titleEn = titleEn;
    }

    public Builder<T> text(String key, String vi, String en, Function<? super T, ?> value) {
      return add(key, vi, en, ColumnType.TEXT, value);
    }

    public Builder<T> number(
        String key, String vi, String en, Function<? super T, ? extends Number> value) {
      return add(key, vi, en, ColumnType.NUMBER, value);
    }

    public Builder<T> date(
        String key, String vi, String en, Function<? super T, java.time.LocalDate> value) {
      return add(key, vi, en, ColumnType.DATE, value);
    }

    public Builder<T> dateTime(
        String key, String vi, String en, Function<? super T, java.time.Instant> value) {
      return add(key, vi, en, ColumnType.DATE_TIME, value);
    }

    public Builder<T> sortable() {
      return replaceLast(last -> with(last, true, last.filter(), last.allowedValues()));
    }

    /** Rows whose value equals the parameter named after the column (text ignoring case). */
    public Builder<T> filterable() {
      return replaceLast(
          last -> with(last, last.sortable(), Column.FilterMode.EXACT, last.allowedValues()));
    }

    /** Rows whose text contains the parameter named after the column, ignoring case. */
    public Builder<T> searchable() {
      return replaceLast(
          last -> with(last, last.sortable(), Column.FilterMode.CONTAINS, last.allowedValues()));
    }

    /** Filterable by exactly these values (e.g. an enum's constants); others are refused. */
    public Builder<T> oneOf(Enum<?>[] values) {
      List<String> names = Arrays.stream(values).map(Enum::name).toList();
      return replaceLast(last -> with(last, last.sortable(), Column.FilterMode.EXACT, names));
    }

    /**
     * A filter that is no column: the source applies it (read it with {@link TableRequest#filter}),
     * e.g. {@code unitId} on the audit trail matching any unit concerned.
     */
    public Builder<T> sourceFilter(String key) {
      sourceFilters.add(key);
      return this;
    }

    public AnalystTable<T> build() {
      return new AnalystTable<>(fileName, titleVi, titleEn, columns, sourceFilters);
    }

    private Builder<T> add(
        String key, String vi, String en, ColumnType type, Function<? super T, ?> value) {
      if (columns.stream().anyMatch(column -> column.key().equals(key))
          || TableRequestReader.RESERVED.contains(key)) {
        throw new IllegalArgumentException("column key taken: " + key);
      }
      columns.add(new Column<>(key, vi, en, type, value, false, Column.FilterMode.NONE, List.of()));
      return this;
    }

    private Builder<T> replaceLast(Function<Column<T>, Column<T>> change) {
      if (columns.isEmpty()) {
        throw new IllegalStateException("add a column first");
      }
      columns.set(columns.size() - 1, change.apply(columns.get(columns.size() - 1)));
      return this;
    }

    private static <T> Column<T> with(
        Column<T> column, boolean sortable, Column.FilterMode filter, List<String> allowed) {
      return new Column<>(
          column.key(),
          column.headerVi(),
          column.headerEn(),
          column.type(),
          column.value(),
          sortable,
          filter,
          allowed);
    }
  }
}
