package vn.thidua.command.integrity;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.stores.TestStores;

/**
 * A database of its own in the test JVM's embedded PostgreSQL, migrated like the command side's, so
 * a test may tamper with its events without touching anyone else's.
 */
final class ChainDatabase {
  private static final String INSERT =
      "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
          + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  final String url;
  final DataSource dataSource;

  private ChainDatabase(String url) {
    this.url = url;
    this.dataSource =
        new DriverManagerDataSource(url, EmbeddedStores.USER, EmbeddedStores.PASSWORD);
  }

  static ChainDatabase create() {
    EmbeddedStores stores = TestStores.get();
    String name = "chain_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection =
            DriverManager.getConnection(
                stores.postgresJdbcUrl(), EmbeddedStores.USER, EmbeddedStores.PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    ChainDatabase database =
        new ChainDatabase("jdbc:postgresql://localhost:" + stores.postgresPort() + "/" + name);
    Flyway.configure()
        .dataSource(database.dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return database;
  }

  Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  /** Appends events of one aggregate in one transaction, as Axon's storage engine does. */
  void append(String aggregate, long firstSequence, int count) {
    try (Connection connection = connect()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (long sequence = firstSequence; sequence < firstSequence + count; sequence++) {
          insert.setString(1, UUID.randomUUID().toString());
          insert.setString(2, aggregate);
          insert.setLong(3, sequence);
          insert.setString(4, "CourtCase");
          insert.setString(5, Instant.now().toString());
          insert.setString(6, "vn.thidua.events.caseload.CaseAccepted");
          insert.setString(7, null);
          insert.setBytes(
              8,
              ("{\"caseId\":\"" + aggregate + "\",\"step\":" + sequence + "}")
                  .getBytes(StandardCharsets.UTF_8));
          insert.setBytes(
              9,
              "{\"userId\":\"thuky.qn\",\"userUnitId\":\"TAND-QN\"}"
                  .getBytes(StandardCharsets.UTF_8));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void execute(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  ChainReport verify() {
    try (Connection connection = connect()) {
      return ChainVerifier.verify(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
