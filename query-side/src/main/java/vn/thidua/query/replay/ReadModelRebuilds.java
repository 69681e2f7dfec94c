package vn.thidua.query.replay;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.query.replay.ReadModelCatalog.ReadModel;
import vn.thidua.query.replay.ShadowProcessors.UnknownReadModel;

/**
 * Starts rebuilds, one at a time, and tells how they stand. A rebuild interrupted by a crash picks
 * up where its shadow processor stopped when the query side starts again.
 */
@Component
public class ReadModelRebuilds {
  private final ReadModelCatalog catalog;
  private final ShadowProcessors processors;
  private final TokenStore tokens;
  private final Generations generations;
  private final EventStoreHead head;
  private final MongoTemplate mongo;
  private final Clock clock;
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(task -> new Thread(task, "read-model-rebuild"));

  ReadModelRebuilds(
      ReadModelCatalog catalog,
      ShadowProcessors processors,
      TokenStore tokens,
      Generations generations,
      EventStoreHead head,
      MongoTemplate mongo) {
    this.catalog = catalog;
    this.processors = processors;
    this.tokens = tokens;
    this.generations = generations;
    this.head = head;
    this.mongo = mongo;
    this.clock = Clock.systemUTC();
  }

  /** Rebuilds the named read models (all of them when none is named) in one pass of the events. */
  public synchronized RebuildProgress start(List<String> names, String requestedBy) {
    List<ReadModel> models =
        names.isEmpty()
            ? List.copyOf(catalog.models().values())
            : names.stream()
                .map(name -> catalog.find(name).orElseThrow(() -> new UnknownReadModel(name)))
                .toList();
    models.forEach(model -> processors.live(model.name()));
    Optional<RebuildProgress> running = all().stream().filter(RebuildProgress::running).findFirst();
    if (running.isPresent()) {
      throw new RebuildAlreadyRunning(running.get().rebuildId(), running.get().readModels());
    }
    Map<String, String> replaced = new LinkedHashMap<>();
    models.forEach(model -> replaced.put(model.name(), generations.liveGeneration(model.name())));
    String generation = next(replaced.values());
    RebuildProgress started =
        RebuildProgress.started(
            generation + "-" + clock.millis(),
            models.stream().map(ReadModel::name).toList(),
            generation,
            replaced,
            requestedBy,
            clock.instant());
    launch(models, started);
    return started;
  }

  /** The latest rebuild that covered the read model, if any. */
  public Optional<RebuildProgress> latest(String readModel) {
    catalog.find(readModel).orElseThrow(() -> new UnknownReadModel(readModel));
    return all().stream()
        .filter(progress -> progress.covers(readModel))
        .max(Comparator.comparing(RebuildProgress::startedAt));
  }

  public Optional<RebuildProgress> find(String rebuildId) {
    return Optional.ofNullable(mongo.findById(rebuildId, RebuildRecord.class))
        .map(RebuildRecord::progress);
  }

  public List<RebuildProgress> all() {
    return mongo.findAll(RebuildRecord.class).stream().map(RebuildRecord::progress).toList();
  }

  public List<ReadModel> readModels() {
    return List.copyOf(catalog.models().values());
  }

  /** A rebuild that was running when the process stopped goes on from its shadow's position. */
  @EventListener(ApplicationReadyEvent.class)
  void resumeInterrupted() {
    for (RebuildProgress interrupted : all()) {
      if (interrupted.running()) {
        launch(
            interrupted.readModels().stream().map(catalog::find).flatMap(Optional::stream).toList(),
            interrupted);
      }
    }
  }

  private void launch(List<ReadModel> models, RebuildProgress progress) {
    save(progress);
    runner.submit(
        new RebuildRun(models, progress, processors, tokens, generations, head, this::save, clock));
  }

  private void save(RebuildProgress progress) {
    mongo.save(new RebuildRecord(progress.rebuildId(), progress));
  }

  /** One past the newest generation of any of them, so the name is new to every one. */
  static String next(Collection<String> live) {
    int newest =
        live.stream()
            .mapToInt(g -> g.isEmpty() ? 1 : Integer.parseInt(g.substring(1)))
            .max()
            .orElse(1);
    return "g" + (newest + 1);
  }
}
