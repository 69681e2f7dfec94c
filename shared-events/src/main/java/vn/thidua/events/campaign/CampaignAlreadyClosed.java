package vn.thidua.events.campaign;

import vn.thidua.events.problem.AlreadyDone;

public class CampaignAlreadyClosed extends AlreadyDone {
  public CampaignAlreadyClosed(String campaignId) {
    super(
        "campaignId",
        "campaign-not-closed",
        "Campaign '" + campaignId + "' is closed and can no longer change");
  }
}
