package vn.thidua.query.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.thidua.query.replay.ConsistencyCheck.Difference;

/**
 * Where a rebuild stands: building one or more read models into {@code generation} while the live
 * generations keep serving, switching over, then done with each consistency check's result.
 */
public record RebuildProgress(
    String rebuildId,
    List<String> readModels,
    String generation,
    Map<String, String> replacedGenerations,
    State state,
    String requestedBy,
    Instant startedAt,
    Instant finishedAt,
    long position,
    long head,
    double percent,
    double eventsPerSecond,
    Long etaSeconds,
    List<ModelCheck> checks,
    String failure) {

  public enum State {
    BUILDING,
    SWITCHING,
    DONE,
    FAILED
  }

  /** The consistency check of one read model: rebuilt against live at the same position. */
  public record ModelCheck(
      String readModel,
      String replacedGeneration,
      long documentsCompared,
      int differencesFound,
      List<Difference> differences) {}

  static RebuildProgress started(
      String rebuildId,
      List<String> readModels,
      String generation,
      Map<String, String> replaced,
      String requestedBy,
      Instant at) {
    return new RebuildProgress(
        rebuildId,
        readModels,
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
        List.of(),
        null);
  }

  boolean running() {
    return state == State.BUILDING || state == State.SWITCHING;
  }

  boolean covers(String readModel) {
    return readModels.contains(readModel);
  }

  int differencesFound() {
    return checks.stream().mapToInt(ModelCheck::differencesFound).sum();
  }

  RebuildProgress at(long newPosition, long newHead, Instant now) {
    double seconds = Math.max(0.001, Duration.between(startedAt, now).toMillis() / 1000.0);
    double rate = Math.max(0, newPosition + 1) / seconds;
    double done = newHead <= 0 ? 100 : Math.min(100, 100.0 * (newPosition + 1) / (newHead + 1));
    Long eta = rate <= 0 ? null : (long) Math.ceil(Math.max(0, newHead - newPosition) / rate);
    return new RebuildProgress(
        rebuildId,
        readModels,
        generation,
        replacedGenerations,
        state,
        requestedBy,
        startedAt,
        finishedAt,
        newPosition,
        newHead,
        Math.round(done * 10) / 10.0,
        Math.round(rate),
        eta,
        checks,
        failure);
  }

  RebuildProgress switching() {
    return new RebuildProgress(
        rebuildId,
        readModels,
        generation,
        replacedGenerations,
        State.SWITCHING,
        requestedBy,
        startedAt,
        finishedAt,
        position,
        head,
        percent,
        eventsPerSecond,
        etaSeconds,
        checks,
        failure);
  }

  RebuildProgress done(List<ModelCheck> results, Instant now) {
    return new RebuildProgress(
        rebuildId,
        readModels,
        generation,
        replacedGenerations,
        State.DONE,
        requestedBy,
        startedAt,
        now,
        position,
        head,
        100,
        eventsPerSecond,
        0L,
        List.copyOf(results),
        null);
  }

  RebuildProgress failed(String why, Instant now) {
    return new RebuildProgress(
        rebuildId,
        readModels,
        generation,
        replacedGenerations,
        State.FAILED,
        requestedBy,
        startedAt,
        now,
        position,
        head,
        percent,
        eventsPerSecond,
        null,
        checks,
        why);
  }
}
