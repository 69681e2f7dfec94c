package vn.thidua.events.recognition;

import vn.thidua.events.problem.RuleBroken;

/** A nomination the rules refuse (nominee does not fit the title, facts missing, basis unknown). */
public class InvalidNomination extends RuleBroken {
  public InvalidNomination(String field, String rule, String message) {
    super(field, rule, message);
  }
}
