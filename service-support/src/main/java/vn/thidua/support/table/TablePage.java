package vn.thidua.support.table;

import java.util.List;

/** One page of a table as JSON: the rows as the view's own records, and where the page is. */
public record TablePage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {}
