package vn.thidua.events.organisation;

import vn.thidua.events.problem.RuleBroken;

/** A command names a cluster that was never formed. */
public class UnknownCluster extends RuleBroken {
  public UnknownCluster(String field, String clusterId) {
    super(field, "cluster-must-be-formed", "Cluster '" + clusterId + "' was never formed");
  }
}
