package vn.thidua.query.cluster;

import java.time.Instant;

/** A new chair and deputy, who they replaced, why, and when it was recorded. */
public record LeadershipChange(
    String chairUnitId,
    String deputyUnitId,
    String previousChairUnitId,
    String previousDeputyUnitId,
    String reason,
    Instant changedAt) {}
