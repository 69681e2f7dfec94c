package vn.thidua.support.table;

import java.util.stream.Stream;

/**
 * Where a table's rows come from. A view whose rows fit in memory uses {@link
 * AnalystTable#inMemory}; a large one implements this to page, sort and filter in its store (e.g.
 * MongoDB skip/limit and a cursor for exports).
 */
public interface TableSource<T> {

  /** The rows of {@code request.page()} in the requested order, and the count of all matching. */
  RowSlice<T> page(TableRequest request);

  /**
   * Every matching row in the requested order, for an export; read lazily so a large export never
   * sits in memory. The caller closes the stream.
   */
  Stream<T> all(TableRequest request);
}
