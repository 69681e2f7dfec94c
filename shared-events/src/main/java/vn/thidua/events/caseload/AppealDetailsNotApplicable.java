package vn.thidua.events.caseload;

import vn.thidua.events.problem.RuleBroken;

/** An upheld judgment was neither amended nor annulled, so it has no scope or cause. */
public class AppealDetailsNotApplicable extends RuleBroken {
  public AppealDetailsNotApplicable(String field) {
    super(
        field,
        "no-scope-or-cause-when-upheld",
        "An upheld judgment has no scope or cause; leave '" + field + "' out");
  }
}
