package vn.thidua.query.scorecard;

import vn.thidua.events.problem.NotFound;

/** The unit does not take part in the campaign, so it has no scorecard in it. */
public class NotAParticipant extends NotFound {
  public NotAParticipant(String unitId, String campaignId) {
    super(
        "unitId",
        "unit-must-take-part",
        "Unit '" + unitId + "' does not take part in campaign '" + campaignId + "'");
  }
}
