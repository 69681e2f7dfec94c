package vn.thidua.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.audit.AuditEntryView;

/**
 * One decision, keyed by the id of the event that recorded it. {@code campaignId} and {@code
 * unitIds} (the units the decision concerns) are there to filter by; {@code event} is the event as
 * stored, {@code evidence} what the decision relied on.
 */
@Document(AuditEntryDocument.COLLECTION)
record AuditEntryDocument(
    @Id String eventId,
    @Indexed String decisionType,
    String aggregateId,
    @Indexed Instant occurredAt,
    @Indexed String actorUserId,
    List<String> actorRoles,
    String actorUnitId,
    String reason,
    String correlationId,
    String causationId,
    String summary,
    @Indexed String campaignId,
    @Indexed List<String> unitIds,
    Map<String, Object> event,
    Map<String, Object> evidence) {
  static final String COLLECTION = "audit_trail";

  AuditEntryView toView() {
    return new AuditEntryView(
        eventId,
        decisionType,
        aggregateId,
        occurredAt,
        actorUserId,
        actorUnitId,
        reason,
        correlationId,
        summary,
        actorRoles == null ? List.of() : actorRoles,
        causationId,
        campaignId,
        unitIds == null ? List.of() : unitIds,
        event == null ? Map.of() : event,
        evidence == null ? Map.of() : evidence);
  }
}
