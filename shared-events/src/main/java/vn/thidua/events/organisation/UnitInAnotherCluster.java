package vn.thidua.events.organisation;

import vn.thidua.events.problem.RuleBroken;

/** A court belongs to one cluster per emulation year, where it pledges, ranks and votes. */
public class UnitInAnotherCluster extends RuleBroken {
  public UnitInAnotherCluster(String field, String unitId, int emulationYear, String clusterId) {
    super(
        field,
        "one-cluster-per-unit-and-year",
        "Unit '"
            + unitId
            + "' already belongs to cluster '"
            + clusterId
            + "' in emulation year "
            + emulationYear);
  }
}
