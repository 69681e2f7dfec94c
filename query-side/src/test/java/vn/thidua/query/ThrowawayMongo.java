package vn.thidua.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.stores.TestStores;

/** A fresh, empty database on the test JVM's Mongo stand-in, for projection tests. */
public final class ThrowawayMongo {
  private static MongoClient client;

  private ThrowawayMongo() {}

  public static synchronized MongoTemplate newDatabase() {
    if (client == null) {
      client = MongoClients.create(TestStores.get().mongoUri());
    }
    return new MongoTemplate(client, "projection-test-" + UUID.randomUUID());
  }
}
