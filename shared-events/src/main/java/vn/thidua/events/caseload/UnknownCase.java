package vn.thidua.events.caseload;

import vn.thidua.events.problem.NotFound;

public class UnknownCase extends NotFound {
  public UnknownCase(String caseId) {
    super("caseId", "case-must-be-accepted", "Case '" + caseId + "' was never accepted");
  }
}
