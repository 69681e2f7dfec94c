package vn.thidua.events.campaign;

import vn.thidua.events.problem.AlreadyDone;

public class CampaignAlreadyLaunched extends AlreadyDone {
  public CampaignAlreadyLaunched(String campaignId) {
    super(
        "campaignId", "campaign-id-must-be-unique", "Campaign '" + campaignId + "' already exists");
  }
}
