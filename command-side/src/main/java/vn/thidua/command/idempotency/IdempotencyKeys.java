package vn.thidua.command.idempotency;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The idempotency_keys table. Each statement commits on its own, so a PENDING row is visible to a
 * concurrent retry at once and the primary key decides which of two requests runs.
 */
class IdempotencyKeys {
  private final JdbcTemplate jdbc;

  IdempotencyKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** True if this request now owns the key; false if another request had it first. */
  boolean claim(String user, String key, String method, String path, String bodySha256) {
    return jdbc.update(
            "INSERT INTO idempotency_keys (user_id, idempotency_key, request_method, request_path,"
                + " body_sha256) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            user,
            key,
            method,
            path,
            bodySha256)
        == 1;
  }

  Optional<StoredAnswer> find(String user, String key) {
    return jdbc
        .query(
            "SELECT request_method, request_path, body_sha256, response_status, content_type,"
                + " response_body FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ?",
            (row, index) ->
                new StoredAnswer(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    (Integer) row.getObject(4),
                    row.getString(5),
                    row.getBytes(6)),
            user,
            key)
        .stream()
        .findFirst();
  }

  void complete(String user, String key, int status, String contentType, byte[] body) {
    jdbc.update(
        "UPDATE idempotency_keys SET response_status = ?, content_type = ?, response_body = ?"
            + " WHERE user_id = ? AND idempotency_key = ?",
        status,
        contentType,
        body,
        user,
        key);
  }

  /** Frees the key so that a retry runs the request again (after a 5xx or a crash mid-way). */
  void release(String user, String key) {
    jdbc.update(
        "DELETE FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ?", user, key);
  }

  int purgeOlderThan(Duration retention) {
    return jdbc.update(
        "DELETE FROM idempotency_keys WHERE created_at < ?",
        Timestamp.from(Instant.now().minus(retention)));
  }
}
