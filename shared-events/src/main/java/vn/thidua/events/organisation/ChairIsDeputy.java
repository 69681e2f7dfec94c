package vn.thidua.events.organisation;

import vn.thidua.events.problem.RuleBroken;

public class ChairIsDeputy extends RuleBroken {
  public ChairIsDeputy() {
    super(
        "deputyUnitId",
        "chair-and-deputy-differ",
        "The chair and the deputy of a cluster must be two different units");
  }
}
