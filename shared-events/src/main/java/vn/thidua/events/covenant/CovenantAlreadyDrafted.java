package vn.thidua.events.covenant;

import vn.thidua.events.problem.AlreadyDone;

public class CovenantAlreadyDrafted extends AlreadyDone {
  public CovenantAlreadyDrafted(String covenantId) {
    super(
        "covenantId",
        "covenant-id-must-be-unique",
        "Covenant '" + covenantId + "' is already drafted");
  }
}
