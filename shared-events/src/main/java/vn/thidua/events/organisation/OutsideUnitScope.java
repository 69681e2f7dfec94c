package vn.thidua.events.organisation;

import vn.thidua.events.problem.NotPermitted;

/** A clerk records caseload only for their own unit and the units below it. */
public class OutsideUnitScope extends NotPermitted {
  public OutsideUnitScope(String field, String unitId) {
    super(
        field,
        "own-unit-or-below",
        "You may only record for your own unit and the units below it, not for '" + unitId + "'");
  }
}
