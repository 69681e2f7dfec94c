package vn.thidua.events.caseload;

import vn.thidua.events.problem.RuleBroken;

/** An amended or annulled judgment must say how much was overturned and through whose fault. */
public class AppealDetailsMissing extends RuleBroken {
  public AppealDetailsMissing(String field) {
    super(
        field,
        "scope-and-cause-when-amended-or-annulled",
        "Say whether the judgment was amended or annulled in part or as a whole, and whether the"
            + " cause was subjective or objective");
  }
}
