package vn.thidua.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;

/**
 * Compares the documents of read model collections in two MongoDB databases, in _id order, leaving
 * out the processing's bookkeeping fields (as the rebuild's own consistency check does).
 */
final class ReadModelDocuments implements AutoCloseable {
  private final MongoClient client;

  ReadModelDocuments(String mongoUri) {
    this.client = MongoClients.create(mongoUri);
  }

  /**
   * Differences between {@code collection} in {@code database} and {@code otherCollection} in
   * {@code otherDatabase}: "id: kind" for each, and how many documents were compared.
   */
  Comparison compare(
      String database,
      String collection,
      String otherDatabase,
      String otherCollection,
      List<String> ignored) {
    List<Document> left = sorted(database, collection, ignored);
    List<Document> right = sorted(otherDatabase, otherCollection, ignored);
    List<String> differences = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < left.size() || j < right.size()) {
      String leftId = i < left.size() ? String.valueOf(left.get(i).get("_id")) : null;
      String rightId = j < right.size() ? String.valueOf(right.get(j).get("_id")) : null;
      int order = leftId == null ? 1 : rightId == null ? -1 : leftId.compareTo(rightId);
      if (order < 0) {
        differences.add(collection + "/" + leftId + ": only in " + database);
        i++;
      } else if (order > 0) {
        differences.add(collection + "/" + rightId + ": only in " + otherDatabase);
        j++;
      } else {
        if (!Objects.equals(left.get(i), right.get(j))) {
          differences.add(collection + "/" + leftId + ": different");
        }
        i++;
        j++;
      }
    }
    return new Comparison(Math.max(left.size(), right.size()), differences);
  }

  private List<Document> sorted(String database, String collection, List<String> ignored) {
    List<Document> documents = new ArrayList<>();
    for (Document document :
        client
            .getDatabase(database)
            .getCollection(collection)
            .find()
            .sort(Sorts.ascending("_id"))) {
      withoutBookkeeping(document, ignored);
      documents.add(document);
    }
    return documents;
  }

  @SuppressWarnings("unchecked")
  private static void withoutBookkeeping(Object value, List<String> ignored) {
    if (value instanceof Map<?, ?> map) {
      ignored.forEach(map::remove);
      ((Map<String, Object>) map).values().forEach(child -> withoutBookkeeping(child, ignored));
    } else if (value instanceof List<?> list) {
      list.forEach(child -> withoutBookkeeping(child, ignored));
    }
  }

  @Override
  public void close() {
    client.close();
  }

  record Comparison(long documents, List<String> differences) {}
}
