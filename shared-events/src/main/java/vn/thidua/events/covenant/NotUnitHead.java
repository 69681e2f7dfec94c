package vn.thidua.events.covenant;

import vn.thidua.events.problem.NotPermitted;

/** A pledge binds a unit, so only the head of that unit (or an administrator) signs it. */
public class NotUnitHead extends NotPermitted {
  public NotUnitHead(String unitId) {
    super(
        "unitId",
        "unit-head-of-the-signing-unit",
        "Only the head of unit '" + unitId + "' may sign its pledge");
  }
}
