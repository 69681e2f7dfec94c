package vn.thidua.events.caseload;

import java.time.LocalDate;
import vn.thidua.events.problem.RuleBroken;

public class VerdictBeforeAcceptance extends RuleBroken {
  public VerdictBeforeAcceptance(LocalDate acceptedOn) {
    super(
        "resolvedOn",
        "resolved-on-or-after-acceptance",
        "A verdict cannot precede the acceptance of the case on " + acceptedOn);
  }
}
