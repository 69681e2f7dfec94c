package vn.thidua.events.leaderboard;

import vn.thidua.events.problem.NotFound;

public class UnknownPhase extends NotFound {
  public UnknownPhase(String campaignId, String phaseId) {
    super(
        "phaseId",
        "phase-must-belong-to-campaign",
        "Campaign '" + campaignId + "' has no phase '" + phaseId + "'");
  }
}
