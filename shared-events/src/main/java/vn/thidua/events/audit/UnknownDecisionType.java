package vn.thidua.events.audit;

import java.util.Collection;
import vn.thidua.events.problem.RuleBroken;

/** The trail was asked for a kind of decision it does not record. */
public class UnknownDecisionType extends RuleBroken {
  public UnknownDecisionType(String decisionType, Collection<String> known) {
    super(
        "decisionType",
        "decision-type-known",
        "'" + decisionType + "' is not a decision type; one of " + String.join(", ", known));
  }
}
