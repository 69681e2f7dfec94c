package vn.thidua.query.replay;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import java.time.Clock;
import java.util.function.Consumer;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.query.replay.ReadModelCatalog.ReadModel;

/**
 * One blue/green rebuild: a shadow processor folds every event into a new generation while the live
 * one keeps serving; once the shadow has caught up, both are brought to the same position, compared
 * document by document, and the new generation goes live with the live processor continuing from
 * that position. The old generation is dropped.
 */
final class RebuildRun implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(RebuildRun.class);
  private static final long POLL_MILLIS = 250;
  private static final long CLOSE_BEHIND = 500;

  private final ReadModel model;
  private final ShadowProcessors processors;
  private final TokenStore tokens;
  private final Generations generations;
  private final EventStoreHead head;
  private final Consumer<RebuildProgress> report;
  private final Clock clock;
  private RebuildProgress progress;

  RebuildRun(
      ReadModel model,
      RebuildProgress progress,
      ShadowProcessors processors,
      TokenStore tokens,
      Generations generations,
      EventStoreHead head,
      Consumer<RebuildProgress> report,
      Clock clock) {
    this.model = model;
    this.progress = progress;
    this.processors = processors;
    this.tokens = tokens;
    this.generations = generations;
    this.head = head;
    this.report = report;
    this.clock = clock;
  }

  static String shadowName(String readModel, String generation) {
    return readModel + "@" + generation;
  }

  @Override
  public void run() {
    TrackingEventProcessor live = processors.live(model.name());
    String shadowName = shadowName(model.name(), progress.generation());
    try {
      copyIndexes();
      TrackingEventProcessor shadow =
          processors.shadow(shadowName, model.name(), progress.generation(), tokens, e -> true);
      shadow.start();
      awaitCaughtUp(shadow);
      update(progress.switching());
      live.shutDown();
      TrackingToken liveAt = tokens.fetchToken(live.getName(), 0);
      awaitCovering(shadow, liveAt);
      shadow.shutDown();
      TrackingToken rebuiltAt = tokens.fetchToken(shadowName, 0);
      bringLiveTo(live, liveAt, rebuiltAt);
      ConsistencyCheck.Result check =
          ConsistencyCheck.compare(
              plain(), model, progress.replacedGeneration(), progress.generation());
      tokens.storeToken(rebuiltAt, live.getName(), 0);
      generations.makeLive(model.name(), progress.generation());
      live.start();
      dropGeneration(progress.replacedGeneration());
      tokens.deleteToken(shadowName, 0);
      update(progress.done(check, clock.instant()));
      log.info("Rebuilt {} into generation {}: {}", model.name(), progress.generation(), check);
    } catch (RuntimeException | InterruptedException failure) {
      log.error("Rebuild of {} failed", model.name(), failure);
      update(progress.failed(String.valueOf(failure.getMessage()), clock.instant()));
      if (!live.isRunning()) {
        live.start();
      }
      if (failure instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Caught up: past the head the store had when the rebuild began, and close behind the head now
   * (events keep arriving; the switch-over folds the last ones).
   */
  private void awaitCaughtUp(TrackingEventProcessor shadow) throws InterruptedException {
    long headAtStart = head.globalIndex();
    while (true) {
      Thread.sleep(POLL_MILLIS);
      long newest = head.globalIndex();
      long position = positionOf(shadow);
      update(progress.at(position, newest, clock.instant()));
      if (position >= headAtStart && newest - position <= CLOSE_BEHIND) {
        return;
      }
      if (shadow.isError()) {
        log.warn("Rebuild of {} is retrying after an error", model.name());
      }
    }
  }

  private void awaitCovering(TrackingEventProcessor processor, TrackingToken target)
      throws InterruptedException {
    while (target != null) {
      EventTrackerStatus status = processor.processingStatus().get(0);
      TrackingToken at = status == null ? null : status.getTrackingToken();
      if (at != null && at.covers(target)) {
        return;
      }
      Thread.sleep(POLL_MILLIS / 5);
    }
  }

  /**
   * The live processor stopped at {@code liveAt}; the shadow went on to {@code rebuiltAt}. The live
   * one folds exactly the events in between, so both generations hold the same events, then stops.
   */
  private void bringLiveTo(TrackingEventProcessor live, TrackingToken liveAt, TrackingToken target)
      throws InterruptedException {
    if (target == null || (liveAt != null && liveAt.covers(target))) {
      return;
    }
    Registration fence =
        live.registerHandlerInterceptor(
            (unitOfWork, chain) -> {
              if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> tracked
                  && !target.covers(tracked.trackingToken())) {
                return null;
              }
              return chain.proceed();
            });
    try {
      live.start();
      awaitCovering(live, target);
      live.shutDown();
    } finally {
      fence.cancel();
    }
  }

  private long positionOf(TrackingEventProcessor processor) {
    EventTrackerStatus status = processor.processingStatus().get(0);
    return status == null ? -1 : status.getCurrentPosition().orElse(-1);
  }

  /** The new generation gets the live one's indexes (unique ones matter for correctness). */
  private void copyIndexes() {
    for (String collection : model.collections()) {
      String from = Generations.named(collection, progress.replacedGeneration());
      String to = Generations.named(collection, progress.generation());
      for (Document index : plain().getCollection(from).listIndexes()) {
        if ("_id_".equals(index.getString("name"))) {
          continue;
        }
        IndexOptions options =
            new IndexOptions()
                .name(index.getString("name"))
                .unique(Boolean.TRUE.equals(index.getBoolean("unique")))
                .sparse(Boolean.TRUE.equals(index.getBoolean("sparse")));
        plain().getCollection(to).createIndex(index.get("key", Document.class), options);
      }
    }
  }

  private void dropGeneration(String generation) {
    if (generation.equals(progress.generation())) {
      return;
    }
    for (String collection : model.collections()) {
      plain().getCollection(Generations.named(collection, generation)).drop();
    }
  }

  private MongoDatabase plain() {
    return generations.plainDatabase();
  }

  private void update(RebuildProgress next) {
    progress = next;
    report.accept(next);
  }
}
