package vn.thidua.command.organisation;

import java.util.List;

/** A cluster as the cluster directory knows it: its year, members and leaders. */
public record FormedCluster(
    String clusterId,
    int emulationYear,
    List<String> memberUnitIds,
    String chairUnitId,
    String deputyUnitId) {
  public FormedCluster {
    memberUnitIds = List.copyOf(memberUnitIds);
  }

  public boolean hasMember(String unitId) {
    return memberUnitIds.contains(unitId);
  }
}
