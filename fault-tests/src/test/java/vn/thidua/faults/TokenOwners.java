package vn.thidua.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Who owns each processor segment, read from the query side's token store in MongoDB: Axon names an
 * owner after its process, {@code pid@host}.
 */
final class TokenOwners implements AutoCloseable {
  private final MongoClient client;
  private final String database;

  TokenOwners(String mongoUri) {
    this.client = MongoClients.create(mongoUri);
    this.database = mongoUri.substring(mongoUri.lastIndexOf('/') + 1);
  }

  /** Owner pid of each live processor segment ("ledger/0"), -1 where nobody holds the claim. */
  Map<String, Long> owners() {
    Map<String, Long> owners = new TreeMap<>();
    for (Document token : client.getDatabase(database).getCollection("trackingtokens").find()) {
      String processor = token.getString("processorName");
      if (processor == null || processor.startsWith("rebuild@") || processor.startsWith("as-of")) {
        continue;
      }
      String owner = token.getString("owner");
      owners.put(processor + "/" + token.get("segment"), pidOf(owner));
    }
    return owners;
  }

  /** The global index a processor's segment 0 has reached, -1 when it has stored none. */
  long storedIndex(String processor) {
    Document token =
        client
            .getDatabase(database)
            .getCollection("trackingtokens")
            .find(new Document("processorName", processor).append("segment", 0))
            .first();
    if (token == null || token.get("token") == null) {
      return -1;
    }
    Object stored = token.get("token");
    String text =
        stored instanceof org.bson.types.Binary bytes
            ? new String(bytes.getData(), java.nio.charset.StandardCharsets.UTF_8)
            : String.valueOf(stored);
    try {
      // a replay (the rebuild's shadow starts as one) wraps where it is in currentToken
      JsonNode json = Api.JSON.readTree(text);
      JsonNode current = json.has("tokenAtReset") ? json.path("currentToken") : json;
      return current.path("index").asLong(-1);
    } catch (IOException e) {
      return -1;
    }
  }

  private static long pidOf(String owner) {
    if (owner == null || !owner.contains("@")) {
      return -1;
    }
    return Long.parseLong(owner.substring(0, owner.indexOf('@')));
  }

  @Override
  public void close() {
    client.close();
  }
}
