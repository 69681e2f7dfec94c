package vn.thidua.events.caseload;

import vn.thidua.events.problem.NotFound;

public class UnknownCourtMediation extends NotFound {
  public UnknownCourtMediation(String mediationId) {
    super(
        "mediationId",
        "mediation-must-be-transferred",
        "Mediation '" + mediationId + "' was never transferred to the court");
  }
}
