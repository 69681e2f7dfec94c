package vn.thidua.command.history;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.events.MetadataKeys;
import vn.thidua.events.organisation.StaffMemberRegistered;
import vn.thidua.support.privacy.PersonalNames;

/**
 * Replays one aggregate event by event through Axon's own model of it, the same event sourcing
 * handlers the command side runs, into a fresh instance that no command ever sees; after each event
 * its fields are written out as JSON. Snapshots are not used: the history starts at sequence 0.
 * Sealed personal data is shown decrypted while its person's key exists, as a placeholder after.
 */
@Component
class AggregateHistory {
  private final EventStore events;
  private final AggregateTypes types;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final ObjectMapper fields;
  private final PersonalNames names;

  AggregateHistory(
      EventStore events,
      AggregateTypes types,
      JdbcTemplate jdbc,
      ObjectMapper json,
      PersonalNames names) {
    this.events = events;
    this.types = types;
    this.jdbc = jdbc;
    this.names = names;
    this.json = json.copy().registerModule(names.revealingJson());
    // aggregates keep their state in private fields and have no getters (see docs/STYLE)
    this.fields =
        this.json
            .copy()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  HistoryView of(String aggregateType, String aggregateId) {
    AggregateModel<?> model =
        types
            .model(aggregateType)
            .orElseThrow(() -> new AggregateNotFound(aggregateType, aggregateId));
    List<DomainEventMessage<?>> stream =
        events
            .readEvents(aggregateId, 0)
            .asStream()
            .<DomainEventMessage<?>>map(event -> event)
            .toList();
    if (stream.isEmpty() || !aggregateType.equals(stream.get(0).getType())) {
      throw new AggregateNotFound(aggregateType, aggregateId);
    }
    return new HistoryView(aggregateType, aggregateId, replay(model, stream));
  }

  private <T> List<HistoryView.Entry> replay(
      AggregateModel<T> model, List<DomainEventMessage<?>> stream) {
    Map<Long, Object[]> chain = chainOf(stream.get(0).getAggregateIdentifier());
    T root;
    try {
      root =
          new GenericAggregateFactory<>(model)
              .createAggregateRoot(stream.get(0).getAggregateIdentifier(), stream.get(0));
    } catch (RuntimeException e) {
      throw new IllegalStateException("Cannot create an empty " + model.type(), e);
    }
    EventSourcedAggregate<T> aggregate =
        EventSourcedAggregate.initialize(root, model, null, NoSnapshotTriggerDefinition.TRIGGER);
    List<HistoryView.Entry> entries = new ArrayList<>(stream.size());
    for (DomainEventMessage<?> event : stream) {
      aggregate.initializeState(DomainEventStream.of(event));
      Object[] link = chain.getOrDefault(event.getSequenceNumber(), new Object[2]);
      entries.add(entry(event, (Long) link[0], (String) link[1], fields.valueToTree(root)));
    }
    return entries;
  }

  private HistoryView.Entry entry(
      DomainEventMessage<?> event, Long globalIndex, String streamHash, JsonNode stateAfter) {
    JsonNode payload = json.valueToTree(event.getPayload());
    if (event.getPayload() instanceof StaffMemberRegistered registered
        && registered.fullName() != null) {
      // recorded before names were sealed: the store keeps the plaintext, but readers honour
      // erasure
      ((ObjectNode) payload)
          .put("fullName", names.reveal(null, registered.fullName(), registered.staffId()));
    }
    JsonNode reason = payload.get("reason");
    return new HistoryView.Entry(
        event.getSequenceNumber(),
        globalIndex,
        streamHash,
        event.getIdentifier(),
        event.getPayloadType().getSimpleName(),
        event.getTimestamp(),
        new HistoryView.Who(
            text(event, MetadataKeys.USER_ID),
            text(event, MetadataKeys.USER_UNIT_ID),
            text(event, MetadataKeys.USER_ROLES)),
        reason == null || reason.isNull() ? null : reason.asText(),
        text(event, MetadataKeys.CORRELATION_ID),
        text(event, MetadataKeys.CAUSATION_ID),
        payload,
        new HashMap<>(event.getMetaData()),
        stateAfter);
  }

  /** Where each event sits in the tamper-evident chain: sequence → {global index, stream hash}. */
  private Map<Long, Object[]> chainOf(String aggregateId) {
    Map<Long, Object[]> chain = new HashMap<>();
    jdbc.query(
        "SELECT sequence_number, global_index, stream_hash FROM domain_event_entry"
            + " WHERE aggregate_identifier = ?",
        row -> {
          chain.put(
              row.getLong(1),
              new Object[] {row.getLong(2), HexFormat.of().formatHex(row.getBytes(3))});
        },
        aggregateId);
    return chain;
  }

  private static String text(DomainEventMessage<?> event, String key) {
    Object value = event.getMetaData().get(key);
    return value == null ? null : value.toString();
  }
}
