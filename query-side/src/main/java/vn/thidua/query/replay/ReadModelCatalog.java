package vn.thidua.query.replay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The read models that can be rebuilt: each is one tracking processor (its processing group) and
 * the collections its handlers write. {@code ignoredFields} are bookkeeping of the processing
 * (positions, versions) that two builds of the same events may hold differently.
 */
@ConfigurationProperties("thidua.read-models")
public record ReadModelCatalog(Map<String, ReadModel> models) {
  public ReadModelCatalog {
    models = models == null ? Map.of() : new LinkedHashMap<>(models);
    models.replaceAll((name, model) -> model.named(name));
  }

  public Optional<ReadModel> find(String name) {
    return Optional.ofNullable(models.get(name));
  }

  /** The read model that owns a collection, if any: others are never renamed. */
  Optional<ReadModel> owning(String collection) {
    return models.values().stream().filter(m -> m.collections().contains(collection)).findFirst();
  }

  /** One read model: its processor's name, its collections and its bookkeeping fields. */
  public record ReadModel(String name, List<String> collections, List<String> ignoredFields) {
    public ReadModel {
      collections = collections == null ? List.of() : List.copyOf(collections);
      ignoredFields = ignoredFields == null ? List.of() : List.copyOf(ignoredFields);
    }

    ReadModel named(String processingGroup) {
      return new ReadModel(processingGroup, collections, ignoredFields);
    }
  }
}
