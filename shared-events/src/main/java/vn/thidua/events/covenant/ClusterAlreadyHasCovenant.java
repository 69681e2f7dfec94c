package vn.thidua.events.covenant;

import vn.thidua.events.problem.AlreadyDone;

/** A cluster signs one covenant for its emulation year. */
public class ClusterAlreadyHasCovenant extends AlreadyDone {
  public ClusterAlreadyHasCovenant(String clusterId, String covenantId) {
    super(
        "clusterId",
        "one-covenant-per-cluster",
        "Cluster '" + clusterId + "' already has covenant '" + covenantId + "'");
  }
}
