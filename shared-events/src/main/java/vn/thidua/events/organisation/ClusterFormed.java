package vn.thidua.events.organisation;

import java.util.List;

public record ClusterFormed(
    String clusterId,
    int emulationYear,
    String name,
    List<String> memberUnitIds,
    String chairUnitId,
    String deputyUnitId) {}
