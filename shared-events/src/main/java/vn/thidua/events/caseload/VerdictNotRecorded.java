package vn.thidua.events.caseload;

import vn.thidua.events.problem.RuleBroken;

/** Appeal outcomes and legal effect follow a verdict; without one there is nothing to decide on. */
public class VerdictNotRecorded extends RuleBroken {
  public VerdictNotRecorded(String caseId) {
    super(
        "caseId",
        "verdict-must-be-recorded",
        "Case '" + caseId + "' has no verdict yet; record the verdict first");
  }
}
