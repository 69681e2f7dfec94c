package vn.thidua.query.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void rateIsInPercentWithOneDecimalRoundedHalfUp() {
    assertThat(new Tally(3, 2).resolutionRatePercent()).hasToString("66.7");
    assertThat(new Tally(16, 1).resolutionRatePercent()).hasToString("6.3");
    assertThat(new Tally(7403, 7009).resolutionRatePercent()).hasToString("94.7");
    assertThat(new Tally(2, 2).resolutionRatePercent()).hasToString("100.0");
  }

  @Test
  void rateIsZeroWhenNothingWasAccepted() {
    assertThat(Tally.NONE.resolutionRatePercent()).hasToString("0.0");
  }
}
