package vn.thidua.query.live;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells whether a leaderboard document changed, reading it by {@code _id} only (the one lookup the
 * Mongo stand-in does not answer by scanning the collection). The processor increments {@code
 * version} at every change; documents written before that field existed are compared by their list
 * of applied events, or as a whole when neither is there.
 */
@Component
class DocumentVersions {
  static final String LEADERBOARDS = "leaderboards";
  private static final String VERSION = "version";
  private static final String APPLIED_EVENTS = "appliedEvents";

  private final MongoTemplate mongo;

  DocumentVersions(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Equal answers mean no change; {@code null} means the document does not exist (yet). */
  Object fingerprintOf(String documentId) {
    Document marks =
        mongo
            .getCollection(LEADERBOARDS)
            .find(eq("_id", documentId))
            .projection(include(VERSION, APPLIED_EVENTS))
            .first();
    if (marks == null) {
      return null;
    }
    if (marks.get(VERSION) instanceof Number version) {
      return version.longValue();
    }
    if (marks.get(APPLIED_EVENTS) instanceof List<?> appliedEvents) {
      return List.copyOf(appliedEvents);
    }
    return mongo.getCollection(LEADERBOARDS).find(eq("_id", documentId)).first();
  }
}
