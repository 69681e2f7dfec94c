package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.thidua.events.campaign.Metric;

class UnitCountsTest {

  /**
   * A provincial court (3 judges, no virtual assistant records) with a lower court (2 judges, 2 of
   * them on the assistant): 150 accepted, 140 resolved → 93.3 %; 5 of 5 judges on the assistant.
   */
  @Test
  void aCourtWithItsLowerCourtsAddsUpTheirCounts() {
    UnitCounts province =
        new UnitCounts(
            100,
            90,
            95,
            new BigDecimal("1.5"),
            40L,
            30L,
            null,
            null,
            10L,
            10L,
            2,
            3,
            3,
            3L,
            6L,
            0L);
    UnitCounts district =
        new UnitCounts(
            50, 50, 45, BigDecimal.ZERO, 20L, 10L, null, null, 5L, 5L, 1, 2, 2, 2L, 4L, null);

    UnitCounts both = province.plus(district);

    assertThat(both.accepted()).isEqualTo(150);
    assertThat(both.resolved()).isEqualTo(140);
    assertThat(both.annulledAmended()).isEqualByComparingTo("1.5");
    assertThat(both.courtMediationTransferred()).isNull();
    assertThat(both.overdueAtEnd()).isZero();
    assertThat(both.judges()).isEqualTo(5);
    assertThat(Metrics.of(both))
        .containsEntry(Metric.RESOLUTION_RATE, new BigDecimal("93.3"))
        .containsEntry(Metric.VIRTUAL_ASSISTANT_USE_RATE, new BigDecimal("100.0"))
        .doesNotContainKey(Metric.COURT_MEDIATION_SUCCESS_RATE);
  }
}
