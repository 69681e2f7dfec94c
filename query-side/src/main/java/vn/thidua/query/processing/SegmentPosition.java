package vn.thidua.query.processing;

import java.util.OptionalLong;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Where one segment of a processor stands, read from its token: the global index of the last event
 * it handled (absent before the first), and, while it replays, the index it was at when it was
 * reset, which the replay has to reach again.
 */
record SegmentPosition(OptionalLong position, OptionalLong replayTarget) {

  static SegmentPosition of(TrackingToken token) {
    if (token == null) {
      return new SegmentPosition(OptionalLong.empty(), OptionalLong.empty());
    }
    OptionalLong position = token.position();
    if (token instanceof ReplayToken replay) {
      TrackingToken atReset = replay.getTokenAtReset();
      return new SegmentPosition(
          position, atReset == null ? OptionalLong.empty() : atReset.position());
    }
    return new SegmentPosition(position, OptionalLong.empty());
  }

  boolean replaying() {
    return replayTarget.isPresent();
  }

  /** Events the segment is behind the head of the store; every event when it handled none. */
  long behind(long head) {
    return Math.max(0, head - position.orElse(0));
  }

  /**
   * How far the replay has come back towards the position at reset, in percent (a replay starts
   * from the beginning of the store, so that is position ÷ position at reset).
   */
  double replayProgressPercent() {
    long target = replayTarget.orElse(0);
    if (target <= 0) {
      return 100;
    }
    return Math.min(100, 100.0 * position.orElse(0) / target);
  }
}
