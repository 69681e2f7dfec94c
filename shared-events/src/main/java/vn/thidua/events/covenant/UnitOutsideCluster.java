package vn.thidua.events.covenant;

import vn.thidua.events.problem.RuleBroken;

/** Only the units that were members of the cluster when the covenant was drafted sign it. */
public class UnitOutsideCluster extends RuleBroken {
  public UnitOutsideCluster(String unitId, String clusterId) {
    super(
        "unitId",
        "unit-must-be-cluster-member",
        "Unit '" + unitId + "' is not a member of cluster '" + clusterId + "', so it cannot sign");
  }
}
