package vn.thidua.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts what the event store holds, straight from PostgreSQL, to compare with what was answered.
 */
final class EventRows {
  private final String jdbcUrl;

  EventRows(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  /** Events per aggregate whose identifier starts with {@code prefix}. */
  Map<String, Long> perAggregate(String prefix) {
    Map<String, Long> counts = new HashMap<>();
    try (Connection connection =
            DriverManager.getConnection(jdbcUrl, StoresProcess.USER, StoresProcess.PASSWORD);
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT aggregate_identifier, count(*) FROM domain_event_entry"
                    + " WHERE aggregate_identifier LIKE ? GROUP BY aggregate_identifier")) {
      select.setString(1, prefix.replace("_", "\\_") + "%");
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }

  long total() {
    try (Connection connection =
            DriverManager.getConnection(jdbcUrl, StoresProcess.USER, StoresProcess.PASSWORD);
        PreparedStatement select =
            connection.prepareStatement("SELECT count(*) FROM domain_event_entry");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
