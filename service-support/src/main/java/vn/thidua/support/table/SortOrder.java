package vn.thidua.support.table;

/** One {@code sort=key,asc|desc} of a request, on a sortable column. */
public record SortOrder(String key, boolean ascending) {}
