package vn.thidua.query.organisation;

/** Staff members by staff id, of one current unit or (null) of all. */
record FindStaff(String unitId) {}
