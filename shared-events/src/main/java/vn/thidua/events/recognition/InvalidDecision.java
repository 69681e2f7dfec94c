package vn.thidua.events.recognition;

import vn.thidua.events.problem.RuleBroken;

/** An award decision or revocation the rules refuse (ballot not passed, gates failed, dates). */
public class InvalidDecision extends RuleBroken {
  public InvalidDecision(String field, String rule, String message) {
    super(field, rule, message);
  }
}
