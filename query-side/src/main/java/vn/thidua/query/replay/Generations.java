package vn.thidua.query.replay;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Which generation of each read model's collections is live. Generation "" is the plain collection
 * names; a rebuild writes generation {@code g2} into {@code leaderboards__g2} and so on, and
 * switches over by making it the live one. A thread building a generation (a rebuild, an as-of
 * replay) overrides the live one for itself only.
 *
 * <p>The live generations are kept in {@code read_model_generations} so that every query-side
 * instance reads the same ones; each instance refreshes its copy every second.
 */
public class Generations {
  static final String COLLECTION = "read_model_generations";
  private static final ThreadLocal<Map<String, String>> BUILDING =
      ThreadLocal.withInitial(HashMap::new);

  private final ReadModelCatalog catalog;
  private final MongoDatabase database;
  private final Map<String, String> live = new ConcurrentHashMap<>();

  /** {@code database} must be the plain one: this class is what the routing asks. */
  public Generations(ReadModelCatalog catalog, MongoDatabase database) {
    this.catalog = catalog;
    this.database = database;
    refresh();
  }

  /** The collection a logical name stands for, in this thread, now. */
  public String physical(String collection) {
    return catalog
        .owning(collection)
        .map(model -> named(collection, generationOf(model.name())))
        .orElse(collection);
  }

  static String named(String collection, String generation) {
    return generation.isEmpty() ? collection : collection + "__" + generation;
  }

  public String generationOf(String readModel) {
    String building = BUILDING.get().get(readModel);
    return building != null ? building : live.getOrDefault(readModel, "");
  }

  public String liveGeneration(String readModel) {
    return live.getOrDefault(readModel, "");
  }

  /** Runs {@code work} in this thread against {@code generation} of {@code readModel}. */
  public static <T> T building(String readModel, String generation, Supplier<T> work) {
    return building(Map.of(readModel, generation), work);
  }

  /** Runs {@code work} in this thread against the given generation of each read model. */
  public static <T> T building(Map<String, String> generations, Supplier<T> work) {
    Map<String, String> overrides = BUILDING.get();
    Map<String, String> before = new HashMap<>(overrides);
    overrides.putAll(generations);
    try {
      return work.get();
    } finally {
      overrides.clear();
      overrides.putAll(before);
    }
  }

  void makeLive(String readModel, String generation) {
    generations()
        .replaceOne(
            eq("_id", readModel),
            new Document("_id", readModel).append("generation", generation),
            new ReplaceOptions().upsert(true));
    live.put(readModel, generation);
  }

  @Scheduled(fixedDelay = 1000)
  void refresh() {
    for (Document known : generations().find()) {
      live.put(known.getString("_id"), known.getString("generation"));
    }
  }

  MongoDatabase plainDatabase() {
    return database;
  }

  private MongoCollection<Document> generations() {
    return database.getCollection(COLLECTION);
  }
}
