package vn.thidua.query;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import vn.thidua.events.MetadataKeys;

/**
 * Appends events straight into the PostgreSQL event store, as the command side's aggregates would
 * from their own process, with who did it in the metadata.
 */
public final class EventStoreWriter {
  private final EventStorageEngine storage;
  private final Map<String, Long> nextSequence = new HashMap<>();

  public EventStoreWriter(EventStorageEngine storage) {
    this.storage = storage;
  }

  public void append(String aggregateType, String aggregateId, Object event, MetaData metaData) {
    long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
    storage.appendEvents(
        new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, event, metaData));
  }

  public static MetaData actedBy(String userId, String unitId, String correlationId) {
    return MetaData.with(MetadataKeys.USER_ID, userId)
        .and(MetadataKeys.USER_UNIT_ID, unitId)
        .and(MetadataKeys.CORRELATION_ID, correlationId);
  }
}
