package vn.thidua.query.processing;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one tracking processor (one read model) is doing on this instance. {@code eventsBehind} is
 * the head of the event store minus the position of its slowest segment claimed here (null when
 * this instance claims none); {@code replayProgressPercent} is null unless it replays.
 */
public record ProcessorStatusView(
    String name,
    boolean running,
    boolean error,
    boolean replaying,
    int segmentsClaimed,
    Long position,
    long head,
    Long eventsBehind,
    BigDecimal replayProgressPercent,
    List<Segment> segments) {

  /** One segment claimed by this instance. */
  public record Segment(
      int segmentId, Long position, boolean caughtUp, boolean replaying, String error) {}
}
