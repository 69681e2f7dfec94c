package vn.thidua.query.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.query.ThrowawayMongo;

/** A leaderboard document's change is told by its version, or without one by what it holds. */
class DocumentVersionsTest {
  private final MongoTemplate mongo = ThrowawayMongo.newDatabase();
  private final DocumentVersions versions = new DocumentVersions(mongo);

  @Test
  void aMissingDocumentHasNoFingerprint() {
    assertThat(versions.fingerprintOf("NOPE/*")).isNull();
  }

  @Test
  void theVersionIsTheFingerprintWhenTheProcessorKeepsOne() {
    leaderboards().insertOne(new Document("_id", "C/P").append("version", 7L).append("rows", "…"));
    assertThat(versions.fingerprintOf("C/P")).isEqualTo(7L);

    leaderboards()
        .updateOne(new Document("_id", "C/P"), new Document("$inc", new Document("version", 1)));
    assertThat(versions.fingerprintOf("C/P")).isEqualTo(8L);
  }

  @Test
  void withoutAVersionTheAppliedEventsTellAChange() {
    leaderboards().insertOne(new Document("_id", "C/*").append("appliedEvents", List.of("e1")));
    Object before = versions.fingerprintOf("C/*");
    assertThat(versions.fingerprintOf("C/*")).isEqualTo(before);

    leaderboards()
        .updateOne(
            new Document("_id", "C/*"), new Document("$push", new Document("appliedEvents", "e2")));
    assertThat(versions.fingerprintOf("C/*")).isNotEqualTo(before);
  }

  @Test
  void withNeitherTheWholeDocumentIsCompared() {
    leaderboards().insertOne(new Document("_id", "C/D").append("rows", new Document("U", 1)));
    Object before = versions.fingerprintOf("C/D");

    leaderboards()
        .updateOne(new Document("_id", "C/D"), new Document("$set", new Document("rows.U", 2)));
    assertThat(versions.fingerprintOf("C/D")).isNotEqualTo(before);
  }

  private com.mongodb.client.MongoCollection<Document> leaderboards() {
    return mongo.getCollection(DocumentVersions.LEADERBOARDS);
  }
}
