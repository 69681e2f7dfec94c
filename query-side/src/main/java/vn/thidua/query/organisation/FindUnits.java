package vn.thidua.query.organisation;

/** Every registered unit, by unit id. */
record FindUnits() {}
