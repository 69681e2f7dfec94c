package vn.thidua.query.live;

import vn.thidua.events.problem.NotFound;

/** A scorecard stream names a unit that does not take part in the campaign. */
class UnitNotInCampaign extends NotFound {
  UnitNotInCampaign(String unitId, String campaignId) {
    super(
        "unitId",
        "unit-must-take-part",
        "Unit '" + unitId + "' does not take part in campaign '" + campaignId + "'");
  }
}
