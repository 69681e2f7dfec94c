package vn.thidua.events.audit;

import java.time.Instant;

/** One emulation decision: what, who (user and unit), when, why, and in which flow. */
public record AuditEntryView(
    String eventId,
    String decisionType,
    String aggregateId,
    Instant occurredAt,
    String actorUserId,
    String actorUnitId,
    String reason,
    String correlationId,
    String summary) {}
