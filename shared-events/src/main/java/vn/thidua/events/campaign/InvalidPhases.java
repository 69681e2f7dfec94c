package vn.thidua.events.campaign;

import vn.thidua.events.problem.RuleBroken;

/** Phases must lie inside the campaign period, start before they end, and not overlap. */
public class InvalidPhases extends RuleBroken {
  public InvalidPhases(String field, String rule, String message) {
    super(field, rule, message);
  }
}
