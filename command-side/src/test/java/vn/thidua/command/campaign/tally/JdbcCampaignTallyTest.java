package vn.thidua.command.campaign.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/** The tally against PostgreSQL: the leaderboard's period semantics and judge counts by date. */
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
    // pending at the start (carried over into the period): accepted, resolved inside, online
    tally.caseAccepted("A-" + RUN, UNIT, "CIVIL", LocalDate.of(2023, 1, 5), false);
    tally.verdictRecorded(
        "A-" + RUN,
        UNIT,
        "CIVIL",
        LocalDate.of(2023, 1, 5),
        LocalDate.of(2023, 5, 1),
        "TRIED",
        true,
        true);
    // resolved before the period: not in it at all
    tally.caseAccepted("B-" + RUN, UNIT, "CIVIL", LocalDate.of(2023, 1, 5), false);
    tally.verdictRecorded(
        "B-" + RUN,
        UNIT,
        "CIVIL",
        LocalDate.of(2023, 1, 5),
        LocalDate.of(2023, 3, 31),
        "TRIED",
        true,
        true);
    // new in the period, still open
    tally.caseAccepted("C-" + RUN, UNIT, "CRIMINAL", LocalDate.of(2023, 4, 1), false);
    // new in the period, resolved after it: accepted, not resolved
    tally.caseAccepted("D-" + RUN, UNIT, "LABOUR", LocalDate.of(2023, 9, 30), false);
    tally.verdictRecorded(
        "D-" + RUN,
        UNIT,
        "LABOUR",
        LocalDate.of(2023, 9, 30),
        LocalDate.of(2023, 10, 1),
        "TRIED",
        false,
        true);
    // accepted after the period: not in it
    tally.caseAccepted("E-" + RUN, UNIT, "CIVIL", LocalDate.of(2023, 10, 1), false);
    // a redelivered event changes nothing
    tally.caseAccepted("C-" + RUN, UNIT, "CRIMINAL", LocalDate.of(2023, 4, 1), false);
  }

  @Test
  void countsByBusinessDatesWithTheLeaderboardsPeriodSemantics() {
    UnitFigures figures = tally.figures(List.of(UNIT), START, END).get(UNIT);

    assertThat(figures.accepted()).isEqualTo(3); // A, C, D
    assertThat(figures.resolved()).isEqualTo(1); // A
    assertThat(figures.metric(Metric.RESOLUTION_RATE)).contains(new BigDecimal("33.3"));
    assertThat(figures.metric(Metric.CLEARANCE_RATE)).contains(new BigDecimal("50.0")); // 1 ÷ 2 new
    assertThat(figures.metric(Metric.ONLINE_TRIALS)).contains(BigDecimal.ONE);
    // one model trial in the period ÷ 5 judges (the count in force at the period's end)
    assertThat(figures.metric(Metric.MODEL_TRIALS_PER_JUDGE)).contains(new BigDecimal("0.20"));
    // one resolved case and no subjective annulment: 0 %, not "no data"
    assertThat(figures.metric(Metric.ANNULLED_AMENDED_RATE)).contains(new BigDecimal("0.00"));
  }

  @Test
  void aUnitWithoutCaseloadHasZeroCountsAndNoDataWhereNothingCanBeDivided() {
    UnitFigures figures = tally.figures(List.of(QUIET), START, END).get(QUIET);

    assertThat(figures.accepted()).isZero();
    assertThat(figures.metric(Metric.RESOLUTION_RATE)).contains(new BigDecimal("0.0"));
    assertThat(figures.metric(Metric.ONLINE_TRIALS)).contains(BigDecimal.ZERO);
    assertThat(figures.metric(Metric.CLEARANCE_RATE)).isEmpty();
    assertThat(figures.metric(Metric.MODEL_TRIALS_PER_JUDGE)).isEmpty();
  }
}
