package vn.thidua.events.organisation;

import vn.thidua.events.problem.NotFound;

/** The unit a request addresses in its path was never registered. */
public class UnitNotFound extends NotFound {
  public UnitNotFound(String unitId) {
    super("unitId", "unit-must-be-registered", "Unit '" + unitId + "' is not registered");
  }
}
