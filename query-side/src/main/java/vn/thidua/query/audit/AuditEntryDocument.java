package vn.thidua.query.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.audit.AuditEntryView;

/**
 * One decision, keyed by the id of the event that recorded it. {@code campaignId} and {@code
 * unitIds} (the organiser and the participants) are there to filter by.
 */
@Document(AuditEntryDocument.COLLECTION)
record AuditEntryDocument(
    @Id String eventId,
    String decisionType,
    String aggregateId,
    @Indexed Instant occurredAt,
    @Indexed String actorUserId,
    String actorUnitId,
    String reason,
    String correlationId,
    String summary,
    @Indexed String campaignId,
    @Indexed List<String> unitIds) {
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
        summary);
  }
}
