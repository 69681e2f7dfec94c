package vn.thidua.query.replay;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.query.replay.ReadModelCatalog.ReadModel;
import vn.thidua.query.replay.RebuildProgress.ModelCheck;

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

  private final List<ReadModel> models;
  private final ShadowProcessors processors;
  private final TokenStore tokens;
  private final Generations generations;
  private final EventStoreHead head;
  private final Consumer<RebuildProgress> report;
  private final Clock clock;
  private RebuildProgress progress;

  RebuildRun(
      List<ReadModel> models,
      RebuildProgress progress,
      ShadowProcessors processors,
      TokenStore tokens,
      Generations generations,
      EventStoreHead head,
      Consumer<RebuildProgress> report,
      Clock clock) {
    this.models = models;
    this.progress = progress;
    this.processors = processors;
    this.tokens = tokens;
    this.generations = generations;
    this.head = head;
    this.report = report;
    this.clock = clock;
  }

  static String shadowName(String rebuildId) {
    return "rebuild@" + rebuildId;
  }

  @Override
  public void run() {
    List<TrackingEventProcessor> lives =
        models.stream().map(model -> processors.live(model.name())).toList();
    String shadowName = shadowName(progress.rebuildId());
    try {
      models.forEach(this::copyIndexes);
      Map<String, String> building = new LinkedHashMap<>();
      models.forEach(model -> building.put(model.name(), progress.generation()));
      TrackingEventProcessor shadow = processors.shadow(shadowName, building, tokens, e -> true);
      shadow.start();
      awaitCaughtUp(shadow);
      update(progress.switching());
      Map<String, TrackingToken> liveAt = new LinkedHashMap<>();
      for (TrackingEventProcessor live : lives) {
        live.shutDown();
        liveAt.put(live.getName(), tokens.fetchToken(live.getName(), 0));
      }
      for (TrackingToken at : liveAt.values()) {
        awaitCovering(shadow, at);
      }
      shadow.shutDown();
      // a processor new to the store starts as a replay; the live one carries on as itself
      TrackingToken rebuiltAt = WrappedToken.unwrapLowerBound(tokens.fetchToken(shadowName, 0));
      log.info("Switching over at {}; live processors stopped at {}", rebuiltAt, liveAt);
      List<ModelCheck> checks = new ArrayList<>();
      for (int i = 0; i < models.size(); i++) {
        ReadModel model = models.get(i);
        TrackingEventProcessor live = lives.get(i);
        bringLiveTo(live, liveAt.get(live.getName()), rebuiltAt);
        String replaced = progress.replacedGenerations().get(model.name());
        ConsistencyCheck.Result check =
            ConsistencyCheck.compare(plain(), model, replaced, progress.generation());
        checks.add(
            new ModelCheck(
                model.name(),
                replaced,
                check.documentsCompared(),
                check.differencesFound(),
                check.differences()));
        // with no event in the store yet, the live processor stays where it is: at the start
        if (rebuiltAt != null) {
          tokens.storeToken(rebuiltAt, live.getName(), 0);
        }
        generations.makeLive(model.name(), progress.generation());
        live.start();
        dropGeneration(model, replaced);
      }
      tokens.deleteToken(shadowName, 0);
      update(progress.done(checks, clock.instant()));
      log.info(
          "Rebuilt {} into generation {}: {}", building.keySet(), progress.generation(), checks);
    } catch (RuntimeException | InterruptedException failure) {
      log.error("Rebuild {} failed", progress.rebuildId(), failure);
      update(progress.failed(String.valueOf(failure.getMessage()), clock.instant()));
      lives.stream().filter(live -> !live.isRunning()).forEach(TrackingEventProcessor::start);
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
      long position = ShadowProcessors.positionOf(shadow);
      update(progress.at(position, newest, clock.instant()));
      if (position >= headAtStart && newest - position <= CLOSE_BEHIND) {
        return;
      }
      if (shadow.isError()) {
        log.warn("Rebuild {} is retrying after an error", progress.rebuildId());
      }
    }
  }

  private void awaitCovering(TrackingEventProcessor processor, TrackingToken target)
      throws InterruptedException {
    while (target != null) {
      EventTrackerStatus status = processor.processingStatus().get(0);
      TrackingToken at = status == null ? null : status.getTrackingToken();
      if (at != null && covers(at, target)) {
        return;
      }
      Thread.sleep(POLL_MILLIS / 5);
    }
  }

  /**
   * The live processor stopped at {@code liveAt}; the shadow went on to {@code target}. The live
   * one folds exactly the events in between, so both generations hold the same events, then stops.
   */
  private void bringLiveTo(TrackingEventProcessor live, TrackingToken liveAt, TrackingToken target)
      throws InterruptedException {
    if (target == null || (liveAt != null && covers(liveAt, target))) {
      return;
    }
    Registration fence =
        live.registerHandlerInterceptor(
            (unitOfWork, chain) -> {
              if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> tracked
                  && !covers(target, tracked.trackingToken())) {
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

  /** Whether {@code reached} has seen every event {@code other} has, replays unwrapped. */
  static boolean covers(TrackingToken reached, TrackingToken other) {
    return WrappedToken.unwrapLowerBound(reached).covers(WrappedToken.unwrapLowerBound(other));
  }

  /** The new generation gets the live one's indexes (unique ones matter for correctness). */
  private void copyIndexes(ReadModel model) {
    for (String collection : model.collections()) {
      String from = Generations.named(collection, progress.replacedGenerations().get(model.name()));
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

  private void dropGeneration(ReadModel model, String generation) {
    if (generation.equals(progress.generation())) {
      return;
    }
    List<String> existing = plain().listCollectionNames().into(new ArrayList<>());
    for (String collection : model.collections()) {
      String physical = Generations.named(collection, generation);
      if (existing.contains(physical)) {
        plain().getCollection(physical).drop();
      }
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
