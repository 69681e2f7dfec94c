package vn.thidua.query.replay;

import java.time.Clock;
import java.util.List;
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

  public synchronized RebuildProgress start(String readModel, String requestedBy) {
    ReadModel model = catalog.find(readModel).orElseThrow(() -> new UnknownReadModel(readModel));
    processors.live(readModel);
    Optional<RebuildProgress> running = all().stream().filter(RebuildProgress::running).findFirst();
    if (running.isPresent()) {
      throw new RebuildAlreadyRunning(running.get().readModel(), running.get().generation());
    }
    String live = generations.liveGeneration(readModel);
    RebuildProgress started =
        RebuildProgress.started(readModel, next(live), live, requestedBy, clock.instant());
    launch(model, started);
    return started;
  }

  public Optional<RebuildProgress> progress(String readModel) {
    catalog.find(readModel).orElseThrow(() -> new UnknownReadModel(readModel));
    return Optional.ofNullable(mongo.findById(readModel, RebuildRecord.class))
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
        catalog.find(interrupted.readModel()).ifPresent(model -> launch(model, interrupted));
      }
    }
  }

  private void launch(ReadModel model, RebuildProgress progress) {
    save(progress);
    runner.submit(
        new RebuildRun(model, progress, processors, tokens, generations, head, this::save, clock));
  }

  private void save(RebuildProgress progress) {
    mongo.save(new RebuildRecord(progress.readModel(), progress));
  }

  /** g2, g3, ...: generation "" is the first one. */
  static String next(String live) {
    int number = live.isEmpty() ? 1 : Integer.parseInt(live.substring(1));
    return "g" + (number + 1);
  }
}
