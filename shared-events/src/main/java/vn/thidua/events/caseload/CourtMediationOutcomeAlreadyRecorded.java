package vn.thidua.events.caseload;

import vn.thidua.events.problem.AlreadyDone;

public class CourtMediationOutcomeAlreadyRecorded extends AlreadyDone {
  public CourtMediationOutcomeAlreadyRecorded(String mediationId) {
    super(
        "mediationId",
        "one-outcome-per-mediation",
        "Mediation '" + mediationId + "' already has an outcome");
  }
}
