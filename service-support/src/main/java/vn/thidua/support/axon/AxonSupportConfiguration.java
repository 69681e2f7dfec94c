package vn.thidua.support.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import vn.thidua.events.MetadataKeys;

@Configuration(proxyBeanMethods = false)
public class AxonSupportConfiguration {

  /**
   * PostgreSQL reports a duplicate (aggregate, sequence) as SQL state 23505. Axon's default
   * resolver misses it, so a lost race would surface as a plain EventStoreException and never be
   * retried.
   */
  @Bean
  @Primary
  PersistenceExceptionResolver duplicateKeyResolver() {
    return new SQLStateResolver("23505");
  }

  /** The event store's tables and columns in PostgreSQL's snake_case (see the Flyway migration). */
  @Bean
  @Primary
  EventSchema snakeCaseEventSchema() {
    return EventSchema.builder()
        .eventTable("domain_event_entry")
        .snapshotTable("snapshot_event_entry")
        .globalIndexColumn("global_index")
        .eventIdentifierColumn("event_identifier")
        .metaDataColumn("meta_data")
        .payloadColumn("payload")
        .payloadRevisionColumn("payload_revision")
        .payloadTypeColumn("payload_type")
        .timestampColumn("time_stamp")
        .aggregateIdentifierColumn("aggregate_identifier")
        .sequenceNumberColumn("sequence_number")
        .typeColumn("type")
        .build();
  }

  /**
   * Copies who acted from the command into every event it causes; Axon's own MessageOriginProvider
   * already copies the correlation (traceId) and causation (correlationId) ids.
   */
  @Bean
  CorrelationDataProvider actorProvider() {
    return new SimpleCorrelationDataProvider(
        MetadataKeys.USER_ID, MetadataKeys.USER_UNIT_ID, MetadataKeys.USER_ROLES);
  }
}
