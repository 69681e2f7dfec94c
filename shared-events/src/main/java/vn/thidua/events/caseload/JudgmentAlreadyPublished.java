package vn.thidua.events.caseload;

import vn.thidua.events.problem.AlreadyDone;

public class JudgmentAlreadyPublished extends AlreadyDone {
  public JudgmentAlreadyPublished(String caseId) {
    super(
        "caseId",
        "judgment-published-once",
        "The judgment of case '" + caseId + "' is already published");
  }
}
