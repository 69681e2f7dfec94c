package vn.thidua.events.campaign;

import vn.thidua.events.problem.RuleBroken;

public class UnknownCampaignPhase extends RuleBroken {
  public UnknownCampaignPhase(String phaseId) {
    super("phaseId", "phase-must-exist", "The campaign has no phase '" + phaseId + "'");
  }
}
