package vn.thidua.query.leaderboard;

import vn.thidua.events.problem.NotFound;

/** A leaderboard asked for a cluster that was never formed. */
public class UnknownLeaderboardCluster extends NotFound {
  public UnknownLeaderboardCluster(String clusterId) {
    super("clusterId", "cluster-must-be-formed", "Cluster '" + clusterId + "' was never formed");
  }
}
