package vn.thidua.events.leaderboard;

import vn.thidua.events.problem.NotFound;

public class UnknownCampaign extends NotFound {
  public UnknownCampaign(String campaignId) {
    super("campaignId", "campaign-must-exist", "Campaign '" + campaignId + "' is not known");
  }
}
