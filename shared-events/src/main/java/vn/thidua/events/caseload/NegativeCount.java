package vn.thidua.events.caseload;

import vn.thidua.events.problem.RuleBroken;

public class NegativeCount extends RuleBroken {
  public NegativeCount(String field) {
    super(field, "positive-or-zero", "'" + field + "' cannot be negative");
  }
}
