package vn.thidua.events.recognition;

import vn.thidua.events.problem.RuleBroken;

/** A ballot or vote the rules refuse (ineligible nomination, closed, incomplete paper). */
public class InvalidBallot extends RuleBroken {
  public InvalidBallot(String field, String rule, String message) {
    super(field, rule, message);
  }
}
