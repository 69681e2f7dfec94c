package vn.thidua.events.organisation;

public record ClusterLeadershipChanged(
    String clusterId, int emulationYear, String chairUnitId, String deputyUnitId, String reason) {}
