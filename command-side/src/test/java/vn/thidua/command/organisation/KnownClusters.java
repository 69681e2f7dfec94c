package vn.thidua.command.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The cluster directory's contract held in a map, for aggregate tests without a database. */
public final class KnownClusters implements ClusterDirectory {
  private final Map<String, FormedCluster> clusters = new LinkedHashMap<>();

  public KnownClusters with(FormedCluster cluster) {
    add(cluster);
    return this;
  }

  @Override
  public Optional<FormedCluster> find(String clusterId) {
    return Optional.ofNullable(clusters.get(clusterId));
  }

  @Override
  public Optional<String> clusterOf(String unitId, int emulationYear) {
    return clusters.values().stream()
        .filter(cluster -> cluster.emulationYear() == emulationYear && cluster.hasMember(unitId))
        .map(FormedCluster::clusterId)
        .findFirst();
  }

  @Override
  public void add(FormedCluster cluster) {
    clusters.putIfAbsent(cluster.clusterId(), cluster);
  }

  @Override
  public void changeLeadership(String clusterId, String chairUnitId, String deputyUnitId) {
    FormedCluster cluster = clusters.get(clusterId);
    clusters.put(
        clusterId,
        new FormedCluster(
            clusterId,
            cluster.emulationYear(),
            cluster.memberUnitIds(),
            chairUnitId,
            deputyUnitId));
  }
}
