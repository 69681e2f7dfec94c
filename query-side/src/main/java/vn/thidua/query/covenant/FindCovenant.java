package vn.thidua.query.covenant;

record FindCovenant(String covenantId) {}
