package vn.thidua.query.processing;

import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The global index of the newest event in the store. Read at most every half second, however many
 * gauges and requests ask, so watching the processors does not load the event store.
 */
@Component
class CachedEventStoreHead {
  private static final long FRESH_FOR_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private final JdbcTemplate jdbc;
  private final String query;
  private long head;
  private long readAt;
  private boolean read;

  CachedEventStoreHead(JdbcTemplate jdbc, EventSchema schema) {
    this.jdbc = jdbc;
    this.query = "SELECT MAX(" + schema.globalIndexColumn() + ") FROM " + schema.domainEventTable();
  }

  synchronized long globalIndex() {
    long now = System.nanoTime();
    if (!read || now - readAt > FRESH_FOR_NANOS) {
      Long max = jdbc.queryForObject(query, Long.class);
      head = max == null ? 0 : max;
      readAt = now;
      read = true;
    }
    return head;
  }
}
