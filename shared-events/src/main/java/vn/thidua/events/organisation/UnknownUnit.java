package vn.thidua.events.organisation;

import vn.thidua.events.problem.RuleBroken;

/** A command names a court unit that was never registered. */
public class UnknownUnit extends RuleBroken {
  public UnknownUnit(String field, String unitId) {
    super(field, "unit-must-be-registered", "Unit '" + unitId + "' is not registered");
  }
}
