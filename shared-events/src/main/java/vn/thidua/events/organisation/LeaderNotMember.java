package vn.thidua.events.organisation;

import vn.thidua.events.problem.RuleBroken;

/** The chair and the deputy of a cluster are chosen among its member units. */
public class LeaderNotMember extends RuleBroken {
  public LeaderNotMember(String field, String unitId) {
    super(
        field,
        "leaders-must-be-members",
        "Unit '" + unitId + "' is not a member of the cluster, so it cannot lead it");
  }
}
