package vn.thidua.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.thidua.events.MetadataKeys;

/**
 * Writes one audit entry per decision event: who, when and in which flow from the event's metadata,
 * the rest from the {@link Decision}. Saving by the event's id makes a redelivered event change
 * nothing.
 */
@Component
class AuditRecorder {
  /** Dates as ISO text, so an auditor reads the event as the command side stored it. */
  private static final ObjectMapper EVENT_AS_DOCUMENT =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private final MongoTemplate mongo;
  private final EvidenceFile evidence;

  AuditRecorder(MongoTemplate mongo) {
    this.mongo = mongo;
    this.evidence = new EvidenceFile(mongo);
  }

  EvidenceFile evidence() {
    return evidence;
  }

  void record(EventMessage<?> message, Decision decision) {
    MetaData metaData = message.getMetaData();
    mongo.save(
        new AuditEntryDocument(
            message.getIdentifier(),
            message.getPayloadType().getSimpleName(),
            decision.aggregateId(),
            message.getTimestamp(),
            text(metaData, MetadataKeys.USER_ID),
            roles(metaData),
            text(metaData, MetadataKeys.USER_UNIT_ID),
            decision.reason(),
            text(metaData, MetadataKeys.CORRELATION_ID),
            text(metaData, MetadataKeys.CAUSATION_ID),
            decision.summary(),
            decision.campaignId(),
            decision.unitIds(),
            asDocument(message.getPayload()),
            decision.evidence()));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asDocument(Object value) {
    return EVENT_AS_DOCUMENT.convertValue(value, Map.class);
  }

  @SuppressWarnings("unchecked")
  static List<Object> asList(Object value) {
    return EVENT_AS_DOCUMENT.convertValue(value, List.class);
  }

  void clear() {
    mongo.remove(new Query(), AuditEntryDocument.class);
    evidence.clear();
  }

  private static String text(MetaData metaData, String key) {
    Object value = metaData.get(key);
    return value == null ? null : value.toString();
  }

  /** The command side writes roles as comma-separated text. */
  private static List<String> roles(MetaData metaData) {
    String roles = text(metaData, MetadataKeys.USER_ROLES);
    if (roles == null || roles.isBlank()) {
      return List.of();
    }
    return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
  }
}
