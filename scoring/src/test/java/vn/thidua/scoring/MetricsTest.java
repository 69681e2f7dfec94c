package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.events.campaign.Metric;

/**
 * Every formula of DOMAIN.md worked by hand, with its edge cases: zero and unknown denominators
 * ("no data" rather than 0), HALF_UP rounding at the last decimal (a HALF_EVEN result would differ
 * in each "half" example), and partial annulments counting 0.5.
 */
class MetricsTest {

  @Test
  void resolutionRateIsResolvedOverAcceptedAndReadsZeroWhenNothingWasAccepted() {
    // 2 ÷ 3 = 66.66… → 66.7
    assertThat(metric(counts().accepted(3).resolved(2), Metric.RESOLUTION_RATE)).isEqualTo("66.7");
    // 1 ÷ 16 = 6.25 → 6.3 (HALF_UP; HALF_EVEN would give 6.2)
    assertThat(metric(counts().accepted(16).resolved(1), Metric.RESOLUTION_RATE)).isEqualTo("6.3");
    // nothing accepted: 0.0, as the leaderboards always showed, not "no data"
    assertThat(metric(counts(), Metric.RESOLUTION_RATE)).isEqualTo("0.0");
  }

  @Test
  void clearanceRateIsResolvedOverNewlyAcceptedAndHasNoDataWithoutNewCases() {
    // 110 ÷ 100 = 110.0 %: more resolved than came in (carried-over cases resolved too)
    assertThat(
            metric(counts().accepted(150).newlyAccepted(100).resolved(110), Metric.CLEARANCE_RATE))
        .isEqualTo("110.0");
    // 1 ÷ 16 = 6.25 → 6.3
    assertThat(metric(counts().accepted(20).newlyAccepted(16).resolved(1), Metric.CLEARANCE_RATE))
        .isEqualTo("6.3");
    assertThat(Metrics.of(counts().accepted(5).resolved(5).build()))
        .doesNotContainKey(Metric.CLEARANCE_RATE);
  }

  @Test
  void annulledAmendedRateCountsTwoPartialAsOneWithTwoDecimals() {
    // 1 whole + 1 partial = 1.5 of 8 resolved = 18.75 %
    assertThat(
            metric(
                counts().accepted(8).resolved(8).annulledAmended("1.5"),
                Metric.ANNULLED_AMENDED_RATE))
        .isEqualTo("18.75");
    // one partial (0.5) of 16 = 3.125 → 3.13 (HALF_UP; HALF_EVEN would give 3.12)
    assertThat(
            metric(
                counts().accepted(16).resolved(16).annulledAmended("0.5"),
                Metric.ANNULLED_AMENDED_RATE))
        .isEqualTo("3.13");
    // resolved cases and no annulment: 0.00, a real figure
    assertThat(metric(counts().accepted(4).resolved(4), Metric.ANNULLED_AMENDED_RATE))
        .isEqualTo("0.00");
    // nothing resolved, or annulments unknown: no data
    assertThat(Metrics.of(counts().accepted(4).annulledAmended("1").build()))
        .doesNotContainKey(Metric.ANNULLED_AMENDED_RATE);
    assertThat(Metrics.of(counts().accepted(4).resolved(4).annulledAmended(null).build()))
        .doesNotContainKey(Metric.ANNULLED_AMENDED_RATE);
  }

  @Test
  void mediationSuccessRateIsOverTheResolvedCasesOpenToMediation() {
    // 3 ÷ 8 = 37.5
    assertThat(metric(counts().mediation(8L, 3L), Metric.MEDIATION_SUCCESS_RATE)).isEqualTo("37.5");
    // 1 ÷ 16 = 6.25 → 6.3
    assertThat(metric(counts().mediation(16L, 1L), Metric.MEDIATION_SUCCESS_RATE)).isEqualTo("6.3");
    assertThat(Metrics.of(counts().mediation(0L, 0L).build()))
        .doesNotContainKey(Metric.MEDIATION_SUCCESS_RATE);
    assertThat(Metrics.of(counts().mediation(null, null).build()))
        .doesNotContainKey(Metric.MEDIATION_SUCCESS_RATE);
    assertThat(Metrics.of(counts().mediation(10L, null).build()))
        .doesNotContainKey(Metric.MEDIATION_SUCCESS_RATE);
  }

  @Test
  void courtMediationSuccessRateIsOverTheMattersTransferred() {
    // 2 ÷ 3 = 66.66… → 66.7
    assertThat(metric(counts().courtMediation(3L, 2L), Metric.COURT_MEDIATION_SUCCESS_RATE))
        .isEqualTo("66.7");
    assertThat(Metrics.of(counts().courtMediation(0L, 0L).build()))
        .doesNotContainKey(Metric.COURT_MEDIATION_SUCCESS_RATE);
    assertThat(Metrics.of(counts().courtMediation(null, 1L).build()))
        .doesNotContainKey(Metric.COURT_MEDIATION_SUCCESS_RATE);
  }

  @Test
  void judgmentPublicationRateIsOverTheJudgmentsThatTookEffect() {
    // 7 ÷ 8 = 87.5
    assertThat(metric(counts().publication(8L, 7L), Metric.JUDGMENT_PUBLICATION_RATE))
        .isEqualTo("87.5");
    // 15 ÷ 16 = 93.75 → 93.8
    assertThat(metric(counts().publication(16L, 15L), Metric.JUDGMENT_PUBLICATION_RATE))
        .isEqualTo("93.8");
    assertThat(Metrics.of(counts().publication(0L, 0L).build()))
        .doesNotContainKey(Metric.JUDGMENT_PUBLICATION_RATE);
  }

  @Test
  void virtualAssistantUseRateIsOverTheJudgesInForce() {
    // 3 of 8 judges = 37.5
    assertThat(
            metric(counts().judges(8).virtualAssistant(3L, 10L), Metric.VIRTUAL_ASSISTANT_USE_RATE))
        .isEqualTo("37.5");
    // 1 of 16 = 6.25 → 6.3
    assertThat(
            metric(counts().judges(16).virtualAssistant(1L, 1L), Metric.VIRTUAL_ASSISTANT_USE_RATE))
        .isEqualTo("6.3");
    assertThat(Metrics.of(counts().judges(null).virtualAssistant(3L, 3L).build()))
        .doesNotContainKey(Metric.VIRTUAL_ASSISTANT_USE_RATE);
    assertThat(Metrics.of(counts().judges(0).virtualAssistant(0L, 0L).build()))
        .doesNotContainKey(Metric.VIRTUAL_ASSISTANT_USE_RATE);
    assertThat(Metrics.of(counts().judges(5).virtualAssistant(null, null).build()))
        .doesNotContainKey(Metric.VIRTUAL_ASSISTANT_USE_RATE);
  }

  @Test
  void modelTrialsPerJudgeHasTwoDecimalsAndNeedsAJudgeCount() {
    // 1 ÷ 8 = 0.125 → 0.13 (HALF_UP; HALF_EVEN would give 0.12)
    assertThat(metric(counts().modelTrials(1).judges(8), Metric.MODEL_TRIALS_PER_JUDGE))
        .isEqualTo("0.13");
    // 12 ÷ 4 = 3.00
    assertThat(metric(counts().modelTrials(12).judges(4), Metric.MODEL_TRIALS_PER_JUDGE))
        .isEqualTo("3.00");
    assertThat(Metrics.of(counts().modelTrials(3).judges(null).build()))
        .doesNotContainKey(Metric.MODEL_TRIALS_PER_JUDGE);
    assertThat(Metrics.of(counts().modelTrials(3).judges(0).build()))
        .doesNotContainKey(Metric.MODEL_TRIALS_PER_JUDGE);
  }

  @Test
  void onlineTrialsAndOverdueCasesAreCounts() {
    assertThat(metric(counts().onlineTrials(7), Metric.ONLINE_TRIALS)).isEqualTo("7");
    assertThat(metric(counts(), Metric.ONLINE_TRIALS)).isEqualTo("0");
    assertThat(metric(counts().overdueAtEnd(3L), Metric.OVERDUE_CASES)).isEqualTo("3");
    assertThat(metric(counts().overdueAtEnd(0L), Metric.OVERDUE_CASES)).isEqualTo("0");
    assertThat(Metrics.of(counts().overdueAtEnd(null).build()))
        .doesNotContainKey(Metric.OVERDUE_CASES);
  }

  @Test
  void dispositionTimeIs365DaysTimesPendingAtTheEndOverResolved() {
    // pending 10 − 4 = 6; 365 × 6 ÷ 4 = 547.5
    assertThat(metric(counts().accepted(10).resolved(4), Metric.DISPOSITION_TIME_DAYS))
        .isEqualTo("547.5");
    // pending 5 − 4 = 1; 365 ÷ 4 = 91.25 → 91.3 (HALF_UP; HALF_EVEN would give 91.2)
    assertThat(metric(counts().accepted(5).resolved(4), Metric.DISPOSITION_TIME_DAYS))
        .isEqualTo("91.3");
    // nothing pending: 0.0 days
    assertThat(metric(counts().accepted(4).resolved(4), Metric.DISPOSITION_TIME_DAYS))
        .isEqualTo("0.0");
    assertThat(counts().accepted(10).resolved(4).build().pendingAtEnd()).isEqualTo(6);
    // nothing resolved: no data (it would be infinite)
    assertThat(Metrics.of(counts().accepted(4).build()))
        .doesNotContainKey(Metric.DISPOSITION_TIME_DAYS);
  }

  @Test
  void aUnitWithoutAnyCountsHasOnlyTheFiguresThatNeedNoDivision() {
    assertThat(Metrics.of(counts().overdueAtEnd(null).build()))
        .containsOnlyKeys(Metric.RESOLUTION_RATE, Metric.ONLINE_TRIALS);
  }

  /**
   * DOMAIN.md's worked example, TAND Quảng Ninh 1/10/2022 – 30/9/2023. The counts the example does
   * not give are chosen: 40.5 subjective annulments (39 whole and 3 partial; in half steps only
   * 40.5 and 41 of 7,009 round to 0.58 %), 6,500 newly accepted, 3,120 effective judgments all
   * published in time, no overdue case.
   */
  @Test
  void theQuangNinhWorkedExampleGivesTheFiguresOfDomainMd() {
    UnitCounts quangNinh =
        new UnitCounts(
            7_403,
            6_500,
            7_009,
            new BigDecimal("40.5"),
            2_906L,
            2_020L,
            3_380L,
            2_337L,
            3_120L,
            3_120L,
            58,
            195,
            101,
            101L,
            206L,
            0L);

    // equals, so the scale counts too: 94.7 is not 94.70
    assertThat(Metrics.of(quangNinh))
        .isEqualTo(
            Map.ofEntries(
                // 7,009 ÷ 7,403 = 94.677… → 94.7
                Map.entry(Metric.RESOLUTION_RATE, new BigDecimal("94.7")),
                // 40.5 ÷ 7,009 = 0.5778… % → 0.58
                Map.entry(Metric.ANNULLED_AMENDED_RATE, new BigDecimal("0.58")),
                // 2,020 ÷ 2,906 = 69.511… → 69.5
                Map.entry(Metric.MEDIATION_SUCCESS_RATE, new BigDecimal("69.5")),
                // 2,337 ÷ 3,380 = 69.142… → 69.1
                Map.entry(Metric.COURT_MEDIATION_SUCCESS_RATE, new BigDecimal("69.1")),
                // 3,120 ÷ 3,120 = 100.0
                Map.entry(Metric.JUDGMENT_PUBLICATION_RATE, new BigDecimal("100.0")),
                // 195 ÷ 101 = 1.9306… → 1.93
                Map.entry(Metric.MODEL_TRIALS_PER_JUDGE, new BigDecimal("1.93")),
                Map.entry(Metric.ONLINE_TRIALS, new BigDecimal("58")),
                // 101 ÷ 101 = 100.0
                Map.entry(Metric.VIRTUAL_ASSISTANT_USE_RATE, new BigDecimal("100.0")),
                Map.entry(Metric.OVERDUE_CASES, new BigDecimal("0")),
                // 7,009 ÷ 6,500 = 107.83… → 107.8
                Map.entry(Metric.CLEARANCE_RATE, new BigDecimal("107.8")),
                // 365 × (7,403 − 7,009 = 394) ÷ 7,009 = 20.517… → 20.5
                Map.entry(Metric.DISPOSITION_TIME_DAYS, new BigDecimal("20.5"))));
    assertThat(UnitFigures.of("TAND-QN", quangNinh).resolutionRate()).isEqualTo("94.7");
  }

  private static String metric(Counts counts, Metric metric) {
    BigDecimal value = Metrics.of(counts.build()).get(metric);
    assertThat(value).as(metric + " has data").isNotNull();
    return value.toPlainString();
  }

  private static Counts counts() {
    return new Counts();
  }

  /** Builds counts field by field; by default everything is zero (a known zero, not unknown). */
  private static final class Counts {
    private long accepted;
    private long newlyAccepted;
    private long resolved;
    private BigDecimal annulledAmended = BigDecimal.ZERO;
    private Long mediationEligibleResolved = 0L;
    private Long mediationSuccessful = 0L;
    private Long courtMediationTransferred = 0L;
    private Long courtMediationSuccessful = 0L;
    private Long judgmentsEffective = 0L;
    private Long judgmentsPublishedOnTime = 0L;
    private long onlineTrials;
    private long modelTrials;
    private Integer judges = 0;
    private Long judgesUsingVirtualAssistant = 0L;
    private Long virtualAssistantQa = 0L;
    private Long overdueAtEnd = 0L;

    Counts accepted(long value) {
      accepted = value;
      return this;
    }

    Counts newlyAccepted(long value) {
      newlyAccepted = value;
      return this;
    }

    Counts resolved(long value) {
      resolved = value;
      return this;
    }

    Counts annulledAmended(String value) {
      annulledAmended = value == null ? null : new BigDecimal(value);
      return this;
    }

    Counts mediation(Long eligibleResolved, Long successful) {
      mediationEligibleResolved = eligibleResolved;
      mediationSuccessful = successful;
      return this;
    }

    Counts courtMediation(Long transferred, Long successful) {
      courtMediationTransferred = transferred;
      courtMediationSuccessful = successful;
      return this;
    }

    Counts publication(Long effective, Long publishedOnTime) {
      judgmentsEffective = effective;
      judgmentsPublishedOnTime = publishedOnTime;
      return this;
    }

    Counts onlineTrials(long value) {
      onlineTrials = value;
      return this;
    }

    Counts modelTrials(long value) {
      modelTrials = value;
      return this;
    }

    Counts judges(Integer value) {
      judges = value;
      return this;
    }

    Counts virtualAssistant(Long judgesUsing, Long questionsAndAnswers) {
      judgesUsingVirtualAssistant = judgesUsing;
      virtualAssistantQa = questionsAndAnswers;
      return this;
    }

    Counts overdueAtEnd(Long value) {
      overdueAtEnd = value;
      return this;
    }

    UnitCounts build() {
      return new UnitCounts(
          accepted,
          newlyAccepted,
          resolved,
          annulledAmended,
          mediationEligibleResolved,
          mediationSuccessful,
          courtMediationTransferred,
          courtMediationSuccessful,
          judgmentsEffective,
          judgmentsPublishedOnTime,
          onlineTrials,
          modelTrials,
          judges,
          judgesUsingVirtualAssistant,
          virtualAssistantQa,
          overdueAtEnd);
    }
  }
}
