package vn.thidua.benchmark.nationwide;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import org.bson.Document;
import org.bson.types.Binary;
import vn.thidua.benchmark.ServiceClient;
import vn.thidua.stores.EmbeddedStores;

/**
 * How far a query side's processor got: the global index in its tracking token (stored by Axon's
 * MongoTokenStore next to the read models) against the head of the PostgreSQL event store.
 */
final class ProcessorPosition implements AutoCloseable {
  private final String jdbcUrl;
  private final MongoClient mongo;
  private final String database;
  private final String processor;

  ProcessorPosition(String jdbcUrl, String mongoUri, String processor) {
    this.jdbcUrl = jdbcUrl;
    this.mongo = MongoClients.create(mongoUri);
    this.database = mongoUri.substring(mongoUri.lastIndexOf('/') + 1);
    this.processor = processor;
  }

  /** The global index of the newest event in the store. */
  long head() {
    try (Connection connection =
            DriverManager.getConnection(jdbcUrl, EmbeddedStores.USER, EmbeddedStores.PASSWORD);
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the head of the event store", e);
    }
  }

  /** The lowest index over the processor's segments; empty before it stored a token. */
  OptionalLong position() {
    long lowest = Long.MAX_VALUE;
    for (Document entry :
        mongo
            .getDatabase(database)
            .getCollection("trackingtokens")
            .find(Filters.eq("processorName", processor))) {
      Object token = entry.get("token");
      String text =
          token instanceof Binary binary
              ? new String(binary.getData(), StandardCharsets.UTF_8)
              : String.valueOf(token);
      OptionalLong index = indexOf(ServiceClient.parse(text));
      if (index.isEmpty()) {
        return OptionalLong.empty();
      }
      lowest = Math.min(lowest, index.getAsLong());
    }
    return lowest == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(lowest);
  }

  /**
   * A new processor starts with a replay token: {@code tokenAtReset} is the head when it started,
   * {@code currentToken} where it is (null: nothing processed yet).
   */
  private static OptionalLong indexOf(JsonNode token) {
    if (token.has("tokenAtReset")) {
      JsonNode current = token.path("currentToken");
      return current.isObject() ? indexOf(current) : OptionalLong.of(0);
    }
    return token.has("index")
        ? OptionalLong.of(token.path("index").asLong())
        : OptionalLong.empty();
  }

  @Override
  public void close() {
    mongo.close();
  }
}
