package vn.thidua.events.caseload;

import vn.thidua.events.problem.AlreadyDone;

public class CaseAlreadyAccepted extends AlreadyDone {
  public CaseAlreadyAccepted(String caseId) {
    super("caseId", "case-id-must-be-unique", "Case '" + caseId + "' is already accepted");
  }
}
