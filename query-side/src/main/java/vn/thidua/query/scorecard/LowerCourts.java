package vn.thidua.query.scorecard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which courts sit below a court, from the unit directory's collection. Read whole: there are some
 * 700 courts, and the directory is small next to the caseload.
 */
@Component
class LowerCourts {
  private static final String UNITS = "units";

  private final MongoTemplate mongo;

  LowerCourts(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * The court's lower courts at every level below it, nearest first; empty for a court of first
   * instance.
   */
  List<String> below(String unitId) {
    Query parents = new Query();
    parents.fields().include("_id").include("parentUnitId");
    Map<String, List<String>> children = new HashMap<>();
    for (Document unit : mongo.find(parents, Document.class, UNITS)) {
      Object parent = unit.get("parentUnitId");
      if (parent != null) {
        children
            .computeIfAbsent(parent.toString(), p -> new ArrayList<>())
            .add(unit.getString("_id"));
      }
    }
    List<String> below = new ArrayList<>();
    Deque<String> toVisit = new ArrayDeque<>(children.getOrDefault(unitId, List.of()));
    while (!toVisit.isEmpty()) {
      String next = toVisit.removeFirst();
      if (!below.contains(next) && !next.equals(unitId)) {
        below.add(next);
        toVisit.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return below;
  }
}
