package vn.thidua.support.table;

import java.util.List;

/** The rows of one page, as a source found them, and how many rows match in all. */
public record RowSlice<T>(List<T> items, long totalItems) {}
