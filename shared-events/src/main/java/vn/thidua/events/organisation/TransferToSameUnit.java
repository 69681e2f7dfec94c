package vn.thidua.events.organisation;

import vn.thidua.events.problem.RuleBroken;

/** A transfer moves a person to a different unit than the one they work at. */
public class TransferToSameUnit extends RuleBroken {
  public TransferToSameUnit(String unitId) {
    super(
        "toUnitId",
        "transfer-to-another-unit",
        "The staff member already works at unit '" + unitId + "'");
  }
}
