package vn.thidua.events.caseload;

import vn.thidua.events.problem.AlreadyDone;

public class JudgmentAlreadyEffective extends AlreadyDone {
  public JudgmentAlreadyEffective(String caseId) {
    super(
        "caseId",
        "judgment-takes-effect-once",
        "The judgment of case '" + caseId + "' has already taken effect");
  }
}
