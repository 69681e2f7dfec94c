package vn.thidua.command.campaign.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.command.CommandSideStores;
import vn.thidua.events.campaign.Metric;
import vn.thidua.scoring.UnitFigures;

/**
 * The tally against PostgreSQL: the leaderboard's period semantics, judge counts by date, and the
 * raw counts of every metric the frozen standings score.
 */
class JdbcCampaignTallyTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "T-" + RUN;
  private static final String QUIET = "Q-" + RUN;
  private static final LocalDate START = LocalDate.of(2023, 4, 1);
  private static final LocalDate END = LocalDate.of(2023, 9, 30);
  private static JdbcCampaignTally tally;

  @BeforeAll
  static void migrateAndRecord() {
    Map<String, Object> store = CommandSideStores.properties();
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(
            (String) store.get("spring.datasource.url"),
            (String) store.get("spring.datasource.username"),
            (String) store.get("spring.datasource.password"));
    Flyway.configure().dataSource(dataSource).load().migrate();
    tally = new JdbcCampaignTally(new JdbcTemplate(dataSource));

    tally.judgesSince(UNIT, null, 4);
    tally.judgesSince(UNIT, LocalDate.of(2023, 6, 1), 5);
    tally.judgesSince(UNIT, LocalDate.of(2023, 12, 1), 50); // after the period: not counted
    // A: pending at the start (carried into the period), resolved inside, online, model trial;
    // its judgment took effect and was published in time
    accept("A", "CIVIL", LocalDate.of(2023, 1, 5), LocalDate.of(2023, 6, 1));
    verdict("A", "CIVIL", LocalDate.of(2023, 1, 5), LocalDate.of(2023, 5, 1), "TRIED", true);
    tally.judgmentTookEffect(id("A"), LocalDate.of(2023, 5, 20));
    tally.judgmentPublished(id("A"), false);
    // B: resolved before the period, not in it; its judgment took effect inside and is unpublished
    accept("B", "CIVIL", LocalDate.of(2023, 1, 5), LocalDate.of(2023, 6, 1));
    verdict("B", "CIVIL", LocalDate.of(2023, 1, 5), LocalDate.of(2023, 3, 31), "TRIED", true);
    tally.judgmentTookEffect(id("B"), LocalDate.of(2023, 4, 5));
    // C: new in the period, still open at its end and past its deadline: overdue
    accept("C", "CRIMINAL", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 8, 30));
    // D: new in the period, resolved after it: accepted, not resolved, within its deadline
    accept("D", "LABOUR", LocalDate.of(2023, 9, 30), LocalDate.of(2024, 1, 1));
    verdict("D", "LABOUR", LocalDate.of(2023, 9, 30), LocalDate.of(2023, 10, 1), "TRIED", false);
    // E: accepted after the period, not in it
    accept("E", "CIVIL", LocalDate.of(2023, 10, 1), LocalDate.of(2023, 11, 1));
    // F: new, mediated successfully; its judgment took effect inside and was published late
    accept("F", "MARRIAGE_AND_FAMILY", LocalDate.of(2023, 4, 10), LocalDate.of(2023, 8, 1));
    verdict(
        "F",
        "MARRIAGE_AND_FAMILY",
        LocalDate.of(2023, 4, 10),
        LocalDate.of(2023, 6, 1),
        "MEDIATION_SUCCESS",
        false);
    tally.judgmentTookEffect(id("F"), LocalDate.of(2023, 6, 15));
    tally.judgmentPublished(id("F"), true);
    // G: new, a criminal case: not open to mediation
    accept("G", "CRIMINAL", LocalDate.of(2023, 4, 10), LocalDate.of(2023, 8, 1));
    verdict("G", "CRIMINAL", LocalDate.of(2023, 4, 10), LocalDate.of(2023, 6, 2), "TRIED", false);
    // a redelivered event changes nothing
    accept("C", "CRIMINAL", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 8, 30));

    // court mediation: M1 received before the period and concluded inside it (a success inside),
    // M2 received and mediated inside, M3 failed inside, M4 received inside and still open
    tally.courtMediationTransferred(id("M1"), UNIT, LocalDate.of(2023, 3, 1));
    tally.courtMediationConcluded(
        id("M1"), UNIT, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 15), true);
    tally.courtMediationTransferred(id("M2"), UNIT, LocalDate.of(2023, 5, 1));
    tally.courtMediationConcluded(
        id("M2"), UNIT, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 20), true);
    tally.courtMediationConcluded(
        id("M3"), UNIT, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30), false);
    tally.courtMediationTransferred(id("M4"), UNIT, LocalDate.of(2023, 9, 1));

    // virtual assistant: J1 in April and May, J3 in September (corrected), J2 and J4 outside
    tally.virtualAssistantUsed("J1", UNIT, YearMonth.of(2023, 4), 3);
    tally.virtualAssistantUsed("J1", UNIT, YearMonth.of(2023, 5), 2);
    tally.virtualAssistantUsed("J2", UNIT, YearMonth.of(2023, 3), 9);
    tally.virtualAssistantUsed("J3", UNIT, YearMonth.of(2023, 9), 4);
    tally.virtualAssistantUsed("J3", UNIT, YearMonth.of(2023, 9), 6);
    tally.virtualAssistantUsed("J4", UNIT, YearMonth.of(2023, 10), 1);
  }

  @Test
  void countsByBusinessDatesWithTheLeaderboardsPeriodSemantics() {
    UnitFigures figures = tally.figures(List.of(UNIT), START, END).get(UNIT);

    assertThat(figures.accepted()).isEqualTo(5); // A, C, D, F, G
    assertThat(figures.resolved()).isEqualTo(3); // A, F, G
    assertThat(figures.metric(Metric.RESOLUTION_RATE)).contains(new BigDecimal("60.0"));
    // 3 resolved ÷ 4 new (C, D, F, G)
    assertThat(figures.metric(Metric.CLEARANCE_RATE)).contains(new BigDecimal("75.0"));
    assertThat(figures.metric(Metric.ONLINE_TRIALS)).contains(BigDecimal.ONE);
    // one model trial in the period ÷ 5 judges (the count in force at the period's end)
    assertThat(figures.metric(Metric.MODEL_TRIALS_PER_JUDGE)).contains(new BigDecimal("0.20"));
    // three resolved cases and no subjective annulment: 0 %, not "no data"
    assertThat(figures.metric(Metric.ANNULLED_AMENDED_RATE)).contains(new BigDecimal("0.00"));
    // A (civil, tried) and F (marriage and family, mediated) are open to mediation: 1 of 2
    assertThat(figures.metric(Metric.MEDIATION_SUCCESS_RATE)).contains(new BigDecimal("50.0"));
    // C is pending at the end, past its deadline; D is pending within its deadline
    assertThat(figures.metric(Metric.OVERDUE_CASES)).contains(BigDecimal.ONE);
    // 365 × 2 pending at the end (C, D) ÷ 3 resolved = 243.33…
    assertThat(figures.metric(Metric.DISPOSITION_TIME_DAYS)).contains(new BigDecimal("243.3"));
    // effective inside: A (in time), B (unpublished), F (late): 1 of 3
    assertThat(figures.metric(Metric.JUDGMENT_PUBLICATION_RATE)).contains(new BigDecimal("33.3"));
    // transferred inside: M2, M3, M4; mediated successfully inside: M1, M2
    assertThat(figures.metric(Metric.COURT_MEDIATION_SUCCESS_RATE))
        .contains(new BigDecimal("66.7"));
    // J1 and J3 of 5 judges
    assertThat(figures.metric(Metric.VIRTUAL_ASSISTANT_USE_RATE)).contains(new BigDecimal("40.0"));
  }

  @Test
  void aUnitWithoutCaseloadHasZeroCountsAndNoDataWhereNothingCanBeDivided() {
    UnitFigures figures = tally.figures(List.of(QUIET), START, END).get(QUIET);

    assertThat(figures.accepted()).isZero();
    assertThat(figures.metric(Metric.RESOLUTION_RATE)).contains(new BigDecimal("0.0"));
    assertThat(figures.metric(Metric.ONLINE_TRIALS)).contains(BigDecimal.ZERO);
    assertThat(figures.metric(Metric.OVERDUE_CASES)).contains(BigDecimal.ZERO);
    assertThat(figures.metrics())
        .doesNotContainKeys(
            Metric.CLEARANCE_RATE,
            Metric.MODEL_TRIALS_PER_JUDGE,
            Metric.ANNULLED_AMENDED_RATE,
            Metric.MEDIATION_SUCCESS_RATE,
            Metric.COURT_MEDIATION_SUCCESS_RATE,
            Metric.JUDGMENT_PUBLICATION_RATE,
            Metric.VIRTUAL_ASSISTANT_USE_RATE,
            Metric.DISPOSITION_TIME_DAYS);
  }

  @Test
  void aVerdictWithoutADeadlineKeepsTheOneRecordedAtAcceptance() {
    String unit = "V-" + RUN;
    tally.caseAccepted(
        "V1-" + RUN, unit, "CIVIL", LocalDate.of(2023, 1, 5), false, LocalDate.of(2023, 2, 1));
    tally.verdictRecorded(
        "V1-" + RUN,
        unit,
        "CIVIL",
        LocalDate.of(2023, 1, 5),
        LocalDate.of(2023, 10, 5),
        "TRIED",
        false,
        false,
        null);

    // pending at the end of September, deadline 1 February: overdue
    assertThat(tally.figures(List.of(unit), START, END).get(unit).metric(Metric.OVERDUE_CASES))
        .contains(BigDecimal.ONE);
  }

  private static void accept(
      String caseId, String caseType, LocalDate acceptedOn, LocalDate deadline) {
    tally.caseAccepted(id(caseId), UNIT, caseType, acceptedOn, false, deadline);
  }

  private static void verdict(
      String caseId,
      String caseType,
      LocalDate acceptedOn,
      LocalDate resolvedOn,
      String outcome,
      boolean trialOnlineAndModel) {
    tally.verdictRecorded(
        id(caseId),
        UNIT,
        caseType,
        acceptedOn,
        resolvedOn,
        outcome,
        trialOnlineAndModel,
        trialOnlineAndModel,
        null);
  }

  private static String id(String name) {
    return name + "-" + RUN;
  }
}
