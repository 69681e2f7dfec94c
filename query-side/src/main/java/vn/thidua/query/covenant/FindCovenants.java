package vn.thidua.query.covenant;

/** Covenants, optionally of one year, one cluster and/or binding one member unit. */
record FindCovenants(Integer year, String clusterId, String unitId) {}
