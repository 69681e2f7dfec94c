package vn.thidua.query.cluster;

import java.time.Instant;
import java.util.List;

/**
 * An emulation cluster (cụm thi đua) of one emulation year: its member courts, its chair (cụm
 * trưởng) and deputy (cụm phó) now, and each change of leadership since it was formed.
 */
public record ClusterView(
    String clusterId,
    int year,
    String name,
    List<String> memberUnitIds,
    String chairUnitId,
    String deputyUnitId,
    Instant formedAt,
    List<LeadershipChange> leadershipChanges) {}
