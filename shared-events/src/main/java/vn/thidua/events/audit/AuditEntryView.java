package vn.thidua.events.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One emulation decision: what, who (user, roles and unit), when, why, in which flow ({@code
 * correlationId}) and caused by which message ({@code causationId}), the event itself and the
 * evidence the decision relied on (frozen standings, gate results, ballot tally).
 */
public record AuditEntryView(
    String eventId,
    String decisionType,
    String aggregateId,
    Instant occurredAt,
    String actorUserId,
    String actorUnitId,
    String reason,
    String correlationId,
    String summary,
    List<String> actorRoles,
    String causationId,
    String campaignId,
    List<String> unitIds,
    Map<String, Object> event,
    Map<String, Object> evidence) {

  /** The entry without roles, causation, event and evidence, as the trail was first published. */
  public AuditEntryView(
      String eventId,
      String decisionType,
      String aggregateId,
      Instant occurredAt,
      String actorUserId,
      String actorUnitId,
      String reason,
      String correlationId,
      String summary) {
    this(
        eventId,
        decisionType,
        aggregateId,
        occurredAt,
        actorUserId,
        actorUnitId,
        reason,
        correlationId,
        summary,
        List.of(),
        null,
        null,
        List.of(),
        Map.of(),
        Map.of());
  }
}
