package vn.thidua.events.organisation;

import vn.thidua.events.problem.AlreadyDone;

public class UnitAlreadyRegistered extends AlreadyDone {
  public UnitAlreadyRegistered(String unitId) {
    super("unitId", "unit-id-must-be-unique", "Unit '" + unitId + "' is already registered");
  }
}
