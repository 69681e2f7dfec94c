package vn.thidua.events.caseload;

import vn.thidua.events.problem.RuleBroken;

/** Business dates record what already happened, so they cannot lie in the future. */
public class DateInFuture extends RuleBroken {
  public DateInFuture(String field) {
    super(field, "date-not-in-future", "'" + field + "' lies in the future");
  }
}
