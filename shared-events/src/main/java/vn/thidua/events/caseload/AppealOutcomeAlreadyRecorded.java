package vn.thidua.events.caseload;

import vn.thidua.events.problem.AlreadyDone;

public class AppealOutcomeAlreadyRecorded extends AlreadyDone {
  public AppealOutcomeAlreadyRecorded(String caseId) {
    super(
        "caseId",
        "one-appeal-outcome-per-case",
        "Case '" + caseId + "' already has an appeal outcome");
  }
}
