package vn.thidua.events.campaign;

import vn.thidua.events.problem.NotFound;

public class UnknownCampaignId extends NotFound {
  public UnknownCampaignId(String campaignId) {
    super("campaignId", "campaign-must-exist", "There is no campaign '" + campaignId + "'");
  }
}
