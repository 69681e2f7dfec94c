package vn.thidua.command.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chains the events' stream hashes in global order into {@code event_chain}, behind the appends and
 * never in their way: one instance at a time seals (a transaction-scoped advisory lock plus the
 * head row's lock), and it never seals past a gap in the global index that may still fill.
 *
 * <p>A gap is an index that a transaction took and has not committed (it may still) or rolled back
 * (it never will). The sealer waits until every transaction that was open when it first saw the gap
 * has ended, then looks again: what is still missing is gone for good and is skipped. An index that
 * appears after it was skipped is reported by the verifiers as not sealed. A transaction that stays
 * open longer than the gap timeout is not waited for any longer.
 */
public final class ChainSealer {
  private static final Logger log = LoggerFactory.getLogger(ChainSealer.class);

  /** Advisory lock key of the sealer: "thidua" in ASCII. */
  private static final long SEALER_LOCK = 0x746869647561L;

  private final DataSource dataSource;
  private final int batchSize;
  private final Duration gapTimeout;
  private final StreamHash hashes = new StreamHash();
  private long pendingGap = -1;
  private OffsetDateTime pendingGapSeenAt;

  public ChainSealer(DataSource dataSource, int batchSize, Duration gapTimeout) {
    this.dataSource = dataSource;
    this.batchSize = batchSize;
    this.gapTimeout = gapTimeout;
  }

  /** Seals everything that can be sealed now; returns how many events it sealed. */
  public synchronized long sealAvailable() throws SQLException {
    long total = 0;
    while (true) {
      int sealed = sealBatch();
      total += sealed;
      if (sealed < batchSize) {
        return total;
      }
    }
  }

  private int sealBatch() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        int sealed = sealBatch(connection);
        connection.commit();
        return sealed;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private int sealBatch(Connection connection) throws SQLException {
    if (!tryLock(connection)) {
      return 0;
    }
    long headIndex;
    byte[] chainHash;
    try (Statement statement = connection.createStatement();
        ResultSet head =
            statement.executeQuery(
                "SELECT global_index, chain_hash FROM event_chain_head FOR UPDATE")) {
      head.next();
      headIndex = head.getLong(1);
      chainHash = head.getBytes(2);
    }
    int sealed = 0;
    long expected = headIndex + 1;
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT global_index, aggregate_identifier, sequence_number, stream_hash"
                    + " FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO event_chain (global_index, aggregate_identifier, sequence_number,"
                    + " chain_hash) VALUES (?, ?, ?, ?)")) {
      select.setLong(1, headIndex);
      select.setInt(2, batchSize);
      try (ResultSet events = select.executeQuery()) {
        while (events.next()) {
          long index = events.getLong(1);
          if (index != expected && !gapIsGone(connection, expected, index - 1)) {
            break;
          }
          chainHash = hashes.ofSeal(chainHash, index, events.getBytes(4));
          insert.setLong(1, index);
          insert.setString(2, events.getString(2));
          insert.setLong(3, events.getLong(3));
          insert.setBytes(4, chainHash);
          insert.addBatch();
          sealed++;
          expected = index + 1;
        }
      }
      if (sealed == 0) {
        return 0;
      }
      insert.executeBatch();
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE event_chain_head SET global_index = ?, chain_hash = ?,"
                + " sealed_events = sealed_events + ?, sealed_at = now()")) {
      update.setLong(1, expected - 1);
      update.setBytes(2, chainHash);
      update.setLong(3, sealed);
      update.executeUpdate();
    }
    return sealed;
  }

  private static boolean tryLock(Connection connection) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
      lock.setLong(1, SEALER_LOCK);
      try (ResultSet locked = lock.executeQuery()) {
        locked.next();
        return locked.getBoolean(1);
      }
    }
  }

  /** Whether the indexes from..to were taken by transactions that are over and left nothing. */
  private boolean gapIsGone(Connection connection, long from, long to) throws SQLException {
    if (pendingGap != from) {
      pendingGap = from;
      pendingGapSeenAt = databaseNow(connection);
    }
    if (transactionsStillOpenSince(connection, pendingGapSeenAt)
        && Duration.between(pendingGapSeenAt, databaseNow(connection)).compareTo(gapTimeout) < 0) {
      return false;
    }
    // each statement reads committed data afresh: anything those transactions stored shows now
    try (PreparedStatement filled =
        connection.prepareStatement(
            "SELECT count(*) FROM domain_event_entry WHERE global_index BETWEEN ? AND ?")) {
      filled.setLong(1, from);
      filled.setLong(2, to);
      try (ResultSet count = filled.executeQuery()) {
        count.next();
        if (count.getLong(1) > 0) {
          return false;
        }
      }
    }
    log.info("Global indexes {} to {} were never committed; sealing past them", from, to);
    pendingGap = -1;
    return true;
  }

  private static boolean transactionsStillOpenSince(Connection connection, OffsetDateTime since)
      throws SQLException {
    try (Statement clear = connection.createStatement()) {
      clear.execute("SELECT pg_stat_clear_snapshot()");
    }
    try (PreparedStatement open =
        connection.prepareStatement(
            "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
                + " AND datname = current_database() AND xact_start <= ?")) {
      open.setObject(1, since);
      try (ResultSet count = open.executeQuery()) {
        count.next();
        return count.getLong(1) > 0;
      }
    }
  }

  private static OffsetDateTime databaseNow(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet now = statement.executeQuery("SELECT clock_timestamp()")) {
      now.next();
      return now.getObject(1, OffsetDateTime.class);
    }
  }
}
