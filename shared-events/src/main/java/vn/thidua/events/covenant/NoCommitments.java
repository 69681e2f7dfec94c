package vn.thidua.events.covenant;

import vn.thidua.events.problem.RuleBroken;

public class NoCommitments extends RuleBroken {
  public NoCommitments() {
    super(
        "commitments",
        "at-least-one-commitment",
        "A covenant needs at least one commitment (target)");
  }
}
