package vn.thidua.events.covenant;

import vn.thidua.events.problem.AlreadyDone;

/** A unit signs once; a different second signature would silently rewrite the first. */
public class PledgeAlreadySigned extends AlreadyDone {
  public PledgeAlreadySigned(String unitId) {
    super(
        "unitId",
        "one-pledge-per-unit",
        "Unit '" + unitId + "' already signed this covenant with other details");
  }
}
