package vn.thidua.events.caseload;

import java.time.LocalDate;
import vn.thidua.events.problem.RuleBroken;

public class MediationConcludedBeforeReceipt extends RuleBroken {
  public MediationConcludedBeforeReceipt(LocalDate receivedOn) {
    super(
        "concludedOn",
        "concluded-on-or-after-receipt",
        "A mediation cannot end before the court received it on " + receivedOn);
  }
}
