package vn.thidua.support.table;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked table request: which page, how sorted, which filters (by key, as given), and in which
 * format and header language to answer. Made by {@link AnalystTable#read}.
 */
public record TableRequest(
    int page,
    int size,
    List<SortOrder> sort,
    Map<String, String> filters,
    ExportFormat format,
    HeaderLanguage language) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  public TableRequest {
    sort = List.copyOf(sort);
    filters = Map.copyOf(filters);
  }

  /** The value of one filter, when the caller gave it. */
  public Optional<String> filter(String key) {
    return Optional.ofNullable(filters.get(key));
  }

  /** Index of the first row of the page. */
  public long offset() {
    return (long) page * size;
  }
}
