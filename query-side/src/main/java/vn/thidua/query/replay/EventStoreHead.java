package vn.thidua.query.replay;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Where the event store stands: the newest global index and the oldest event's instant. */
@Component
public class EventStoreHead {
  private final JdbcTemplate jdbc;

  EventStoreHead(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long globalIndex() {
    Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    return head == null ? -1 : head;
  }

  /** Axon's JDBC engine stores the timestamp as ISO-8601 text. */
  public Instant firstEventAt() {
    String first =
        jdbc.query(
            "SELECT time_stamp FROM domain_event_entry ORDER BY global_index LIMIT 1",
            rows -> rows.next() ? rows.getString(1) : null);
    return first == null ? null : Instant.parse(first);
  }
}
