package vn.thidua.events.caseload;

import vn.thidua.events.problem.RuleBroken;

/** Only judgments that took legal effect are published on the portal. */
public class JudgmentNotEffective extends RuleBroken {
  public JudgmentNotEffective(String caseId) {
    super(
        "caseId",
        "judgment-must-take-effect-before-publication",
        "The judgment of case '" + caseId + "' has not taken effect yet; record that first");
  }
}
