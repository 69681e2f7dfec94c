package vn.thidua.events.caseload;

import vn.thidua.events.problem.AlreadyDone;

public class VerdictAlreadyRecorded extends AlreadyDone {
  public VerdictAlreadyRecorded(String caseId) {
    super("caseId", "one-verdict-per-case", "Case '" + caseId + "' already has a verdict");
  }
}
