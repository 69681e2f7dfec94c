package vn.thidua.query.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.springframework.stereotype.Component;
import vn.thidua.events.problem.RuleBroken;
import vn.thidua.query.replay.ReadModelCatalog.ReadModel;
import vn.thidua.query.replay.ShadowProcessors.UnknownReadModel;

/**
 * A read model as it stood at an instant: the events recorded up to then are replayed into a
 * throwaway generation, the question is answered from it, and the generation is dropped.
 */
@Component
public class AsOfReplays {
  /**
   * Events are appended in global order but stamped before they commit, so a few may carry an
   * instant slightly earlier than one before them; past this margin the replay can stop.
   */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  private final ReadModelCatalog catalog;
  private final ShadowProcessors processors;
  private final Generations generations;
  private final EventStoreHead head;
  private final Clock clock = Clock.systemUTC();

  AsOfReplays(
      ReadModelCatalog catalog,
      ShadowProcessors processors,
      Generations generations,
      EventStoreHead head) {
    this.catalog = catalog;
    this.processors = processors;
    this.generations = generations;
    this.head = head;
  }

  public <T> T asOf(String readModel, Instant instant, Supplier<T> question) {
    ReadModel model = catalog.find(readModel).orElseThrow(() -> new UnknownReadModel(readModel));
    check(instant);
    String generation = "asof" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      replayUpTo(model, generation, instant);
      return Generations.building(readModel, generation, question);
    } finally {
      for (String collection : model.collections()) {
        generations.plainDatabase().getCollection(Generations.named(collection, generation)).drop();
      }
    }
  }

  private void check(Instant instant) {
    if (instant.isAfter(clock.instant())) {
      throw new AsOfRuleBroken(
          "as-of-not-in-future", "The instant " + instant + " is in the future");
    }
    Instant first = head.firstEventAt();
    if (first == null || instant.isBefore(first)) {
      throw new AsOfRuleBroken(
          "as-of-after-first-event",
          "The instant " + instant + " is before the first event (" + first + ")");
    }
  }

  private void replayUpTo(ReadModel model, String generation, Instant instant) {
    long newest = head.globalIndex();
    AtomicLong laterFrom = new AtomicLong(Long.MAX_VALUE);
    Instant surelyLater = instant.plus(CLOCK_SKEW);
    TrackingEventProcessor replay =
        processors.shadow(
            "as-of-" + generation,
            model.name(),
            generation,
            new InMemoryTokenStore(),
            event -> admit(event, instant, surelyLater, laterFrom));
    replay.start();
    try {
      while (ShadowProcessors.positionOf(replay) < Math.min(newest, laterFrom.get())) {
        Thread.sleep(20);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while replaying", interrupted);
    } finally {
      replay.shutDown();
    }
  }

  private static boolean admit(
      TrackedEventMessage<?> event, Instant instant, Instant surelyLater, AtomicLong laterFrom) {
    if (event.getTimestamp().isAfter(surelyLater)) {
      event
          .trackingToken()
          .position()
          .ifPresent(position -> laterFrom.accumulateAndGet(position, Math::min));
    }
    return !event.getTimestamp().isAfter(instant);
  }

  /** An instant no replay can answer for. */
  static class AsOfRuleBroken extends RuleBroken {
    AsOfRuleBroken(String rule, String message) {
      super("at", rule, message);
    }
  }
}
