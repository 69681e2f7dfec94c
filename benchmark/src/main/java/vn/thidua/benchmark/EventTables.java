package vn.thidua.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/** The event table in the command side's layout: Axon's PostgreSQL table with snake_case names. */
final class EventTables {
  static final EventSchema SCHEMA =
      EventSchema.builder()
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

  private EventTables() {}

  /** Every run starts from an empty table, so no run pays for another's index growth. */
  static void empty(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE " + SCHEMA.domainEventTable() + " RESTART IDENTITY");
      statement.execute("VACUUM ANALYZE " + SCHEMA.domainEventTable());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not empty the event table", e);
    }
  }
}
