package vn.thidua.events.covenant;

import vn.thidua.events.problem.NotFound;

/** The covenant a request addresses in its path was never drafted. */
public class CovenantNotFound extends NotFound {
  public CovenantNotFound(String covenantId) {
    super(
        "covenantId",
        "covenant-must-be-drafted",
        "Covenant '" + covenantId + "' was never drafted");
  }
}
