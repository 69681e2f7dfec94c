package vn.thidua.events.campaign;

import vn.thidua.events.problem.RuleBroken;

/** A campaign's scoring table or a change to it breaks a rule (answered as 422). */
public class CampaignRuleBroken extends RuleBroken {
  public CampaignRuleBroken(String field, String rule, String message) {
    super(field, rule, message);
  }
}
