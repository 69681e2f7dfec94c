package vn.thidua.query.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.thidua.query.ThrowawayMongo;
import vn.thidua.query.replay.ConsistencyCheck.Difference;
import vn.thidua.query.replay.ReadModelCatalog.ReadModel;

class ConsistencyCheckTest {
  private final MongoDatabase database = ThrowawayMongo.newDatabase().getDb();
  private final ReadModel model =
      new ReadModel("leaderboard", List.of("boards"), List.of("position", "version"));

  @Test
  void identicalGenerationsDifferOnlyInBookkeeping() {
    insert("boards", board("A", 3, 7), board("B", 1, 1));
    insert("boards__g2", board("A", 3, 99), board("B", 1, 2));

    ConsistencyCheck.Result check = ConsistencyCheck.compare(database, model, "", "g2");

    assertThat(check.identical()).isTrue();
    assertThat(check.documentsCompared()).isEqualTo(2);
  }

  @Test
  void aChangedAMissingAndAnExtraDocumentAreEachReported() {
    insert("boards", board("A", 3, 1), board("B", 1, 1), board("C", 2, 1));
    insert("boards__g2", board("A", 4, 1), board("C", 2, 1), board("D", 5, 1));

    ConsistencyCheck.Result check = ConsistencyCheck.compare(database, model, "", "g2");

    assertThat(check.differences())
        .containsExactly(
            new Difference("boards", "A", "different"),
            new Difference("boards", "B", "missing-in-rebuilt"),
            new Difference("boards", "D", "missing-in-live"));
  }

  private void insert(String collection, Document... documents) {
    database.getCollection(collection).insertMany(List.of(documents));
  }

  /** A document with a count and, nested as in the leaderboard rows, a position. */
  private static Document board(String id, int accepted, int position) {
    return new Document("_id", id)
        .append("version", position)
        .append(
            "rows",
            new Document("U1", new Document("accepted", accepted).append("position", position)));
  }
}
