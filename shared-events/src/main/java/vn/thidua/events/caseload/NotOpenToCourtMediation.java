package vn.thidua.events.caseload;

import vn.thidua.events.problem.RuleBroken;

/** Criminal cases, bankruptcy and administrative measures cannot be mediated at court. */
public class NotOpenToCourtMediation extends RuleBroken {
  public NotOpenToCourtMediation(CaseType disputeType) {
    super(
        "disputeType",
        "dispute-type-open-to-court-mediation",
        disputeType + " disputes cannot be transferred to mediation or dialogue at court");
  }
}
