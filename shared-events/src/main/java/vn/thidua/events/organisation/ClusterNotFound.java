package vn.thidua.events.organisation;

import vn.thidua.events.problem.NotFound;

/** The cluster a request addresses in its path was never formed. */
public class ClusterNotFound extends NotFound {
  public ClusterNotFound(String clusterId) {
    super("clusterId", "cluster-must-be-formed", "Cluster '" + clusterId + "' was never formed");
  }
}
