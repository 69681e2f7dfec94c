package vn.thidua.events.recognition;

import vn.thidua.events.problem.NotFound;

public class UnknownAward extends NotFound {
  public UnknownAward(String decisionNumber) {
    super(
        "decisionNumber",
        "award-must-exist",
        "No award was decided under decision number '" + decisionNumber + "'");
  }
}
