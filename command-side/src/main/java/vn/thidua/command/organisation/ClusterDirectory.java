package vn.thidua.command.organisation;

import java.util.Optional;
import vn.thidua.events.organisation.UnknownCluster;

/** Which clusters are formed, with their members, for rules that span aggregates. */
public interface ClusterDirectory {
  Optional<FormedCluster> find(String clusterId);

  /** The cluster a unit belongs to in an emulation year, if any. */
  Optional<String> clusterOf(String unitId, int emulationYear);

  void add(FormedCluster cluster);

  void changeLeadership(String clusterId, String chairUnitId, String deputyUnitId);

  default FormedCluster require(String field, String clusterId) {
    return find(clusterId).orElseThrow(() -> new UnknownCluster(field, clusterId));
  }
}
