package vn.thidua.stores;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoresTest {

  @Test
  void dataInTheDataFolderSurvivesARestart(@TempDir Path dataDirectory) throws Exception {
    try (EmbeddedStores stores = EmbeddedStores.start(dataDirectory, 0, 0)) {
      try (Connection connection =
              DriverManager.getConnection(
                  stores.postgresJdbcUrl(), EmbeddedStores.USER, EmbeddedStores.PASSWORD);
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE kept (id int)");
        statement.execute("INSERT INTO kept VALUES (42)");
      }
      try (MongoClient client = MongoClients.create(stores.mongoUri())) {
        client.getDatabase("thidua").getCollection("kept").insertOne(new Document("_id", 42));
      }
    }

    try (EmbeddedStores stores = EmbeddedStores.start(dataDirectory, 0, 0)) {
      try (Connection connection =
              DriverManager.getConnection(
                  stores.postgresJdbcUrl(), EmbeddedStores.USER, EmbeddedStores.PASSWORD);
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).isEqualTo(42);
      }
      try (MongoClient client = MongoClients.create(stores.mongoUri())) {
        MongoCollection<Document> kept = client.getDatabase("thidua").getCollection("kept");
        assertThat(kept.countDocuments()).isEqualTo(1);
      }
    }
  }
}
