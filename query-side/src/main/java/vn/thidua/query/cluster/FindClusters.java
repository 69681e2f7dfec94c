package vn.thidua.query.cluster;

/** Clusters, optionally of one emulation year and/or with one member unit; null means any. */
record FindClusters(Integer year, String unitId) {}
