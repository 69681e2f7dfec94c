package vn.thidua.query.replay;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import vn.thidua.query.replay.ReadModelCatalog.ReadModel;

/**
 * Compares two generations of a read model document by document, in _id order, leaving out the
 * processing's bookkeeping fields wherever they sit. Two builds from the same events must be
 * identical; every difference found is reported (up to a limit).
 */
final class ConsistencyCheck {
  static final int MOST_REPORTED = 20;

  private ConsistencyCheck() {}

  static Result compare(
      MongoDatabase database, ReadModel model, String liveGeneration, String rebuiltGeneration) {
    List<Difference> differences = new ArrayList<>();
    long compared = 0;
    for (String collection : model.collections()) {
      Iterator<Document> live = sorted(database, Generations.named(collection, liveGeneration));
      Iterator<Document> rebuilt =
          sorted(database, Generations.named(collection, rebuiltGeneration));
      Document left = next(live, model);
      Document right = next(rebuilt, model);
      while (left != null || right != null) {
        compared++;
        int order = compareIds(left, right);
        if (order < 0) {
          report(differences, new Difference(collection, idOf(left), "missing-in-rebuilt"));
          left = next(live, model);
        } else if (order > 0) {
          report(differences, new Difference(collection, idOf(right), "missing-in-live"));
          right = next(rebuilt, model);
        } else {
          if (!Objects.equals(left, right)) {
            report(differences, new Difference(collection, idOf(left), "different"));
          }
          left = next(live, model);
          right = next(rebuilt, model);
        }
      }
    }
    return new Result(compared, differences.size(), List.copyOf(differences));
  }

  private static void report(List<Difference> differences, Difference difference) {
    if (differences.size() < MOST_REPORTED) {
      differences.add(difference);
    }
  }

  private static Iterator<Document> sorted(MongoDatabase database, String collection) {
    return database.getCollection(collection).find().sort(Sorts.ascending("_id")).iterator();
  }

  private static Document next(Iterator<Document> documents, ReadModel model) {
    if (!documents.hasNext()) {
      return null;
    }
    Document document = documents.next();
    withoutBookkeeping(document, model.ignoredFields());
    return document;
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

  private static int compareIds(Document left, Document right) {
    if (left == null) {
      return 1;
    }
    if (right == null) {
      return -1;
    }
    return idOf(left).compareTo(idOf(right));
  }

  private static String idOf(Document document) {
    return String.valueOf(document.get("_id"));
  }

  /** Documents compared, differences found, and the first of them. */
  record Result(long documentsCompared, int differencesFound, List<Difference> differences) {
    boolean identical() {
      return differencesFound == 0;
    }
  }

  /** One document that is not the same in both generations, and how. */
  record Difference(String collection, String id, String kind) {}
}
