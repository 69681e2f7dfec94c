package vn.thidua.query.folding;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.bson.Document;

/**
 * Tracking tokens as small Mongo sub-documents ({@code {index, gaps}}), so a read model document
 * can remember the position of the last event folded into it.
 */
public final class TokenPositions {
  private static final String INDEX = "index";
  private static final String GAPS = "gaps";

  private TokenPositions() {}

  /**
   * The stream position of an event; during a replay the position inside the replay (a {@code
   * ReplayToken} wraps it). Null for an event that does not come from a tracking processor.
   */
  public static TrackingToken of(EventMessage<?> event) {
    if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
      return WrappedToken.unwrapLowerBound(tracked.trackingToken());
    }
    return null;
  }

  static Document toDocument(TrackingToken token) {
    if (token instanceof GapAwareTrackingToken gapAware) {
      return new Document(INDEX, gapAware.getIndex())
          .append(GAPS, new ArrayList<>(gapAware.getGaps()));
    }
    if (token instanceof GlobalSequenceTrackingToken global) {
      return new Document(INDEX, global.getGlobalIndex());
    }
    throw new IllegalArgumentException("Cannot keep a position of type " + token.getClass());
  }

  static TrackingToken fromDocument(Document position) {
    if (position == null) {
      return null;
    }
    long index = ((Number) position.get(INDEX)).longValue();
    List<?> gaps = position.getList(GAPS, Object.class);
    if (gaps == null) {
      return new GlobalSequenceTrackingToken(index);
    }
    return GapAwareTrackingToken.newInstance(
        index, gaps.stream().map(gap -> ((Number) gap).longValue()).toList());
  }

  /** Whether {@code position} already includes the event at {@code token}. */
  static boolean covers(TrackingToken position, TrackingToken token) {
    return position != null && token != null && position.covers(token);
  }
}
