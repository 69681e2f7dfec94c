package vn.thidua.query.live;

import vn.thidua.events.problem.NotFound;

/** A stream asks for the leaderboard of a cluster that was never formed. */
class ClusterNotFound extends NotFound {
  ClusterNotFound(String clusterId) {
    super("clusterId", "cluster-must-be-formed", "Cluster '" + clusterId + "' was never formed");
  }
}
