package vn.thidua.query.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** Positions, lag and replay progress as read from the processors' tokens. */
class SegmentPositionTest {

  @Test
  void aTrackingSegmentIsBehindByTheEventsAfterItsPosition() {
    SegmentPosition position =
        SegmentPosition.of(GapAwareTrackingToken.newInstance(90, List.of(85L)));

    assertThat(position.position()).hasValue(90);
    assertThat(position.behind(100)).isEqualTo(10);
    assertThat(position.replaying()).isFalse();
  }

  @Test
  void aSegmentWithoutTokenHasEveryEventAhead() {
    SegmentPosition position = SegmentPosition.of(null);

    assertThat(position.position()).isEmpty();
    assertThat(position.behind(42)).isEqualTo(42);
  }

  @Test
  void aReplayReportsHowFarItIsBackTowardsThePositionAtReset() {
    TrackingToken atReset = GapAwareTrackingToken.newInstance(200, List.of());
    TrackingToken replay =
        ReplayToken.createReplayToken(atReset, GapAwareTrackingToken.newInstance(50, List.of()));

    SegmentPosition position = SegmentPosition.of(replay);

    assertThat(position.replaying()).isTrue();
    assertThat(position.replayTarget()).isEqualTo(OptionalLong.of(200));
    assertThat(position.replayProgressPercent()).isEqualTo(25.0);
    assertThat(position.behind(210)).isEqualTo(160);
  }

  @Test
  void aReplayThatPassedItsResetPositionIsNoReplayAnyMore() {
    TrackingToken atReset = GapAwareTrackingToken.newInstance(200, List.of());
    TrackingToken replay =
        ReplayToken.createReplayToken(atReset, GapAwareTrackingToken.newInstance(50, List.of()));

    TrackingToken advanced =
        ((ReplayToken) replay).advancedTo(GapAwareTrackingToken.newInstance(201, List.of()));

    assertThat(SegmentPosition.of(advanced).replaying()).isFalse();
    assertThat(SegmentPosition.of(advanced).position()).hasValue(201);
  }
}
