package vn.thidua.events.organisation;

import vn.thidua.events.problem.RuleBroken;

/** Units emulate each other inside a cluster, so it needs at least two of them. */
public class TooFewClusterMembers extends RuleBroken {
  public TooFewClusterMembers() {
    super("memberUnitIds", "at-least-two-members", "A cluster needs at least two member units");
  }
}
