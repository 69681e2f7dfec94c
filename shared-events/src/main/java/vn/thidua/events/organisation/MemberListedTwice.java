package vn.thidua.events.organisation;

import vn.thidua.events.problem.RuleBroken;

public class MemberListedTwice extends RuleBroken {
  public MemberListedTwice(String field, String unitId) {
    super(field, "members-listed-once", "Unit '" + unitId + "' is listed more than once");
  }
}
