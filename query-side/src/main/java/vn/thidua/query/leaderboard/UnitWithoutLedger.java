package vn.thidua.query.leaderboard;

import vn.thidua.events.problem.NotFound;

/** Nothing was ever recorded for the unit: it is not registered. */
public class UnitWithoutLedger extends NotFound {
  public UnitWithoutLedger(String unitId) {
    super("unitId", "unit-must-be-registered", "Unit '" + unitId + "' is not registered");
  }
}
