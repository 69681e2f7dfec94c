package vn.thidua.query.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.thidua.query.replay.ConsistencyCheck.Difference;

/**
 * Where a rebuild stands: building into {@code generation} while the live one keeps serving,
 * switching over, then done with the consistency check's result.
 */
public record RebuildProgress(
    String readModel,
    String generation,
    String replacedGeneration,
    State state,
    String requestedBy,
    Instant startedAt,
    Instant finishedAt,
    long position,
    long head,
    double percent,
    double eventsPerSecond,
    Long etaSeconds,
    Long documentsCompared,
    Integer differencesFound,
    List<Difference> differences,
    String failure) {

  public enum State {
    BUILDING,
    SWITCHING,
    DONE,
    FAILED
  }

  static RebuildProgress started(
      String readModel, String generation, String replaced, String requestedBy, Instant at) {
    return new RebuildProgress(
        readModel,
        generation,
        replaced,
        State.BUILDING,
        requestedBy,
        at,
        null,
        -1,
        -1,
        0,
        0,
        null,
        null,
        null,
        List.of(),
        null);
  }

  boolean running() {
    return state == State.BUILDING || state == State.SWITCHING;
  }

  RebuildProgress at(long newPosition, long newHead, Instant now) {
    double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
    double rate = Math.max(0, newPosition + 1) / seconds;
    double done = newHead <= 0 ? 100 : Math.min(100, 100.0 * (newPosition + 1) / (newHead + 1));
    Long eta = rate <= 0 ? null : (long) Math.ceil(Math.max(0, newHead - newPosition) / rate);
    return new RebuildProgress(
        readModel,
        generation,
        replacedGeneration,
        state,
        requestedBy,
        startedAt,
        finishedAt,
        newPosition,
        newHead,
        Math.round(done * 10) / 10.0,
        Math.round(rate),
        eta,
        documentsCompared,
        differencesFound,
        differences,
        failure);
  }

  RebuildProgress switching() {
    return withState(State.SWITCHING, null);
  }

  RebuildProgress done(ConsistencyCheck.Result check, Instant now) {
    return new RebuildProgress(
        readModel,
        generation,
        replacedGeneration,
        State.DONE,
        requestedBy,
        startedAt,
        now,
        position,
        head,
        100,
        eventsPerSecond,
        0L,
        check.documentsCompared(),
        check.differencesFound(),
        check.differences(),
        null);
  }

  RebuildProgress failed(String why, Instant now) {
    RebuildProgress failed = withState(State.FAILED, why);
    return new RebuildProgress(
        readModel,
        generation,
        replacedGeneration,
        State.FAILED,
        requestedBy,
        startedAt,
        now,
        position,
        head,
        percent,
        eventsPerSecond,
        null,
        documentsCompared,
        differencesFound,
        differences,
        failed.failure());
  }

  private RebuildProgress withState(State next, String why) {
    return new RebuildProgress(
        readModel,
        generation,
        replacedGeneration,
        next,
        requestedBy,
        startedAt,
        finishedAt,
        position,
        head,
        percent,
        eventsPerSecond,
        etaSeconds,
        documentsCompared,
        differencesFound,
        differences,
        why);
  }
}
