package vn.thidua.query.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What later decisions will cite, filed by _id as the trail goes: a campaign's units, the frozen
 * standings of a phase, a nomination's nominee and gates, a ballot's tally, an award. Later entries
 * copy from here, so each entry carries its own evidence.
 */
class EvidenceFile {
  static final String COLLECTION = "audit_evidence";
  private static final String CONTENT = "content";

  private final MongoTemplate mongo;

  EvidenceFile(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  void keep(String key, Map<String, Object> content) {
    mongo.upsert(byId(key), Update.update(CONTENT, new Document(content)), COLLECTION);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> find(String key) {
    Document found = mongo.findOne(byId(key), Document.class, COLLECTION);
    if (found == null || found.get(CONTENT) == null) {
      return Map.of();
    }
    return new LinkedHashMap<>((Map<String, Object>) found.get(CONTENT));
  }

  void clear() {
    mongo.remove(new Query(), COLLECTION);
  }

  private static Query byId(String key) {
    return query(where("_id").is(key));
  }
}
