package vn.thidua.events.audit;

import vn.thidua.events.problem.RuleBroken;

/** The trail was asked for the decisions between two instants given the wrong way round. */
public class AuditPeriodReversed extends RuleBroken {
  public AuditPeriodReversed() {
    super("to", "to-after-from", "'to' must be after 'from'");
  }
}
