package vn.thidua.events.organisation;

import vn.thidua.events.problem.AlreadyDone;

public class ClusterAlreadyFormed extends AlreadyDone {
  public ClusterAlreadyFormed(String clusterId) {
    super(
        "clusterId", "cluster-id-must-be-unique", "Cluster '" + clusterId + "' is already formed");
  }
}
