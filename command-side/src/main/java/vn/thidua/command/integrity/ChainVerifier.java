package vn.thidua.command.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.postgresql.PGStatement;

/**
 * Walks both chains over one consistent snapshot of the event store and reports where they break.
 * Pass 1 reads every event row in (aggregate, sequence) order and hashes it again against its
 * predecessor's stored hash; pass 2 reads the rows' stream hashes in global order beside the sealed
 * chain and recomputes each link. Both passes stream through forward-only cursors, so memory stays
 * flat whatever the store's size. Plain JDBC and Java's SHA-256: the command-line verifier uses it
 * against any copy of the database.
 */
public final class ChainVerifier {
  static final int EXAMPLES = 20;
  private static final int FETCH_SIZE = 5_000;

  private final StreamHash hashes = new StreamHash();
  private final TreeSet<BrokenLink> examples =
      new TreeSet<>(
          Comparator.comparingLong(BrokenLink::globalIndex).thenComparing(BrokenLink::problem));
  private long brokenLinks;

  private ChainVerifier() {}

  /** Verifies the event store that the connection points at; leaves the connection as it was. */
  public static ChainReport verify(Connection connection) throws SQLException {
    long started = System.nanoTime();
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try {
      ChainVerifier verifier = new ChainVerifier();
      ChainHead head = readHead(connection);
      long eventsChecked = verifier.checkStreams(connection);
      long[] sealedAndUnsealed = verifier.checkSeals(connection, head);
      List<BrokenLink> found = List.copyOf(verifier.examples);
      return new ChainReport(
          verifier.brokenLinks == 0,
          eventsChecked,
          sealedAndUnsealed[0],
          sealedAndUnsealed[1],
          head,
          found.isEmpty() ? null : found.get(0),
          verifier.brokenLinks,
          found,
          (System.nanoTime() - started) / 1_000_000);
    } finally {
      connection.rollback();
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(autoCommit);
    }
  }

  static ChainHead readHead(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet head =
            statement.executeQuery(
                "SELECT global_index, chain_hash, sealed_events, sealed_at FROM event_chain_head")) {
      if (!head.next()) {
        throw new IllegalStateException("event_chain_head has no row: migration V71 missing?");
      }
      return ChainHead.of(
          head.getLong(1), head.getBytes(2), head.getLong(3), head.getTimestamp(4).toInstant());
    }
  }

  /** Pass 1: every row against its own stored hash and its predecessor's. */
  private long checkStreams(Connection connection) throws SQLException {
    long rows = 0;
    try (PreparedStatement select =
        streaming(
            connection,
            "SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type,"
                + " time_stamp, payload_type, payload_revision, payload, meta_data, stream_hash"
                + " FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number")) {
      try (ResultSet events = select.executeQuery()) {
        String aggregate = null;
        long sequence = -1;
        byte[] previousHash = null;
        while (events.next()) {
          rows++;
          StreamHash.EventRow row =
              new StreamHash.EventRow(
                  events.getLong(1),
                  events.getString(2),
                  events.getString(3),
                  events.getLong(4),
                  events.getString(5),
                  events.getString(6),
                  events.getString(7),
                  events.getString(8),
                  events.getBytes(9),
                  events.getBytes(10));
          byte[] stored = events.getBytes(11);
          boolean sameStream = row.aggregateIdentifier().equals(aggregate);
          long expectedSequence = sameStream ? sequence + 1 : 0;
          if (row.sequenceNumber() != expectedSequence) {
            broken(
                row.globalIndex(),
                row.aggregateIdentifier(),
                row.sequenceNumber(),
                BrokenLink.Problem.PREDECESSOR_MISSING,
                expectedSequence == row.sequenceNumber() - 1
                    ? "event " + expectedSequence + " of this aggregate is missing"
                    : "events "
                        + expectedSequence
                        + " to "
                        + (row.sequenceNumber() - 1)
                        + " of this aggregate are missing");
          } else {
            byte[] computed = hashes.ofEvent(sameStream ? previousHash : null, row);
            if (!Arrays.equals(computed, stored)) {
              broken(
                  row.globalIndex(),
                  row.aggregateIdentifier(),
                  row.sequenceNumber(),
                  BrokenLink.Problem.STREAM_HASH_DIFFERS,
                  "stored stream hash "
                      + hex(stored)
                      + ", the row hashes to "
                      + hex(computed)
                      + ": its payload, metadata or identifiers changed"
                      + (row.sequenceNumber() > 0 ? ", or its predecessor's hash did" : ""));
            }
          }
          aggregate = row.aggregateIdentifier();
          sequence = row.sequenceNumber();
          previousHash = stored;
        }
      }
    }
    return rows;
  }

  /** Pass 2: the sealed chain beside the rows in global order; returns {sealed, unsealed}. */
  private long[] checkSeals(Connection connection, ChainHead head) throws SQLException {
    long sealed = 0;
    long unsealed = 0;
    byte[] previousChainHash = StreamHash.GENESIS;
    long lastSealedIndex = 0;
    try (PreparedStatement selectEvents =
            streaming(
                connection,
                "SELECT global_index, aggregate_identifier, sequence_number, stream_hash"
                    + " FROM domain_event_entry ORDER BY global_index");
        PreparedStatement selectSeals =
            streaming(
                connection,
                "SELECT global_index, aggregate_identifier, sequence_number, chain_hash"
                    + " FROM event_chain ORDER BY global_index");
        ResultSet events = selectEvents.executeQuery();
        ResultSet seals = selectSeals.executeQuery()) {
      boolean hasEvent = events.next();
      boolean hasSeal = seals.next();
      while (hasEvent || hasSeal) {
        long eventIndex = hasEvent ? events.getLong(1) : Long.MAX_VALUE;
        long sealIndex = hasSeal ? seals.getLong(1) : Long.MAX_VALUE;
        if (sealIndex < eventIndex) {
          broken(
              sealIndex,
              seals.getString(2),
              seals.getLong(3),
              BrokenLink.Problem.SEALED_EVENT_MISSING,
              "the chain sealed this event here, the store no longer has it: deleted or moved");
        } else if (eventIndex < sealIndex) {
          if (eventIndex <= head.globalIndex()) {
            broken(
                eventIndex,
                events.getString(2),
                events.getLong(3),
                BrokenLink.Problem.NOT_SEALED,
                "stored at or before the head but never sealed: inserted or moved here afterwards");
          } else {
            unsealed++;
          }
        } else {
          checkSeal(events, seals, previousChainHash);
        }
        if (sealIndex <= eventIndex) {
          sealed++;
          lastSealedIndex = sealIndex;
          previousChainHash = seals.getBytes(4);
          hasSeal = seals.next();
        }
        if (eventIndex <= sealIndex) {
          hasEvent = events.next();
        }
      }
    }
    if (lastSealedIndex != head.globalIndex() || !hex(previousChainHash).equals(head.chainHash())) {
      broken(
          head.globalIndex(),
          null,
          -1,
          BrokenLink.Problem.HEAD_DIFFERS,
          "the head says "
              + head.globalIndex()
              + " / "
              + head.chainHash()
              + ", the last sealed link is "
              + lastSealedIndex
              + " / "
              + hex(previousChainHash));
    }
    return new long[] {sealed, unsealed};
  }

  private void checkSeal(ResultSet event, ResultSet seal, byte[] previousChainHash)
      throws SQLException {
    long index = event.getLong(1);
    String aggregate = event.getString(2);
    long sequence = event.getLong(3);
    String sealedAggregate = seal.getString(2);
    long sealedSequence = seal.getLong(3);
    if (!aggregate.equals(sealedAggregate) || sequence != sealedSequence) {
      broken(
          index,
          aggregate,
          sequence,
          BrokenLink.Problem.SEALED_EVENT_REPLACED,
          "sealed here: "
              + sealedAggregate
              + " #"
              + sealedSequence
              + ", stored here now: "
              + aggregate
              + " #"
              + sequence);
      return;
    }
    byte[] computed = hashes.ofSeal(previousChainHash, index, event.getBytes(4));
    byte[] stored = seal.getBytes(4);
    if (!Arrays.equals(computed, stored)) {
      broken(
          index,
          aggregate,
          sequence,
          BrokenLink.Problem.CHAIN_HASH_DIFFERS,
          "sealed chain hash "
              + hex(stored)
              + ", recomputed "
              + hex(computed)
              + ": the event's stream hash or an earlier link changed after sealing");
    }
  }

  private void broken(
      long globalIndex,
      String aggregate,
      long sequence,
      BrokenLink.Problem problem,
      String detail) {
    brokenLinks++;
    examples.add(new BrokenLink(globalIndex, aggregate, sequence, problem, detail));
    if (examples.size() > EXAMPLES) {
      examples.pollLast();
    }
  }

  /** A forward-only cursor; binary transfer so bytea arrives as bytes, not hex text. */
  private static PreparedStatement streaming(Connection connection, String sql)
      throws SQLException {
    PreparedStatement statement =
        connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    statement.setFetchSize(FETCH_SIZE);
    if (statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
    }
    return statement;
  }

  private static String hex(byte[] bytes) {
    return bytes == null ? "none" : HexFormat.of().formatHex(bytes);
  }
}
