package vn.thidua.events.caseload;

import vn.thidua.events.problem.AlreadyDone;

public class CourtMediationAlreadyTransferred extends AlreadyDone {
  public CourtMediationAlreadyTransferred(String mediationId) {
    super(
        "mediationId",
        "mediation-id-must-be-unique",
        "Mediation '" + mediationId + "' is already recorded");
  }
}
