package vn.thidua.benchmark.nationwide;

import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.RegisterUnit;

/** A court of the synthetic year; {@code weight} is its share of the caseload. */
record Court(
    String unitId, String name, CourtLevel level, String parentUnitId, int judges, double weight) {

  RegisterUnit registration() {
    return new RegisterUnit(unitId, name, level, parentUnitId, judges);
  }
}
