package vn.thidua.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The baseline: the rows Axon would write, inserted with a plain JDBC batch. It serialises the same
 * JSON per event, so the difference to Axon is Axon itself, not the work any writer must do.
 */
final class RawJdbcAppender implements EventAppender {
  private static final String INSERT =
      "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
          + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;
  private final ObjectMapper json;

  RawJdbcAppender(DataSource dataSource, ObjectMapper json) {
    this.dataSource = dataSource;
    this.json = json;
  }

  @Override
  public void append(List<SampleEvent> batch) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (SampleEvent event : batch) {
          insert.setString(1, UUID.randomUUID().toString());
          insert.setString(2, event.aggregateId());
          insert.setLong(3, 0);
          insert.setString(4, SampleEvent.AGGREGATE_TYPE);
          insert.setString(5, Instant.now().toString());
          insert.setString(6, event.payload().getClass().getName());
          insert.setString(7, null);
          insert.setBytes(8, json.writeValueAsBytes(event.payload()));
          insert.setBytes(9, json.writeValueAsBytes(event.metaData()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Raw JDBC append failed", e);
    }
  }
}
