package vn.thidua.command.campaign.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thidua.command.CommandSideStores;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealOutcomeRecorded;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.scoring.UnitFigures;

/** The annulled/amended rate of DOMAIN.md: subjective causes only, two partial count as one. */
class AnnulledAmendedRateTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "AR-" + RUN;
  private static final LocalDate START = LocalDate.of(2022, 10, 1);
  private static final LocalDate END = LocalDate.of(2023, 9, 30);

  @Test
  void countsSubjectiveAnnulmentsAndAmendmentsWithTwoPartialAsOneOverResolvedCases() {
    JdbcCampaignTally tally = migratedTally();
    List<AppealOutcomeRecorded> outcomes =
        List.of(
            appeal("1", AppealResult.ANNULLED, AppealScope.WHOLE, AppealCause.SUBJECTIVE),
            appeal("2", AppealResult.AMENDED, AppealScope.PARTIAL, AppealCause.SUBJECTIVE),
            appeal("3", AppealResult.ANNULLED, AppealScope.PARTIAL, AppealCause.SUBJECTIVE),
            appeal("4", AppealResult.AMENDED, AppealScope.WHOLE, AppealCause.OBJECTIVE),
            appeal("5", AppealResult.UPHELD, null, null));
    for (int i = 1; i <= 8; i++) {
      String caseId = UNIT + "-" + i;
      tally.caseAccepted(caseId, UNIT, "CIVIL", LocalDate.of(2022, 11, 1), false, null);
      tally.verdictRecorded(
          caseId,
          UNIT,
          "CIVIL",
          LocalDate.of(2022, 11, 1),
          LocalDate.of(2023, 1, 10),
          "TRIED",
          false,
          false,
          null);
    }
    for (AppealOutcomeRecorded outcome : outcomes) {
      tally.appealDecided(
          outcome.caseId(),
          outcome.decidedOn(),
          CampaignTallyUpdater.annulledAmendedWeight(outcome));
    }

    UnitFigures figures = tally.figures(List.of(UNIT), START, END).get(UNIT);

    // (1 whole + 2 partial = 2) of 8 resolved
    assertThat(figures.metric(Metric.ANNULLED_AMENDED_RATE)).contains(new BigDecimal("25.00"));
  }

  @Test
  void hasNoDataWithoutResolvedCases() {
    UnitFigures figures =
        migratedTally().figures(List.of("NONE-" + RUN), START, END).get("NONE-" + RUN);
    assertThat(figures.metric(Metric.ANNULLED_AMENDED_RATE)).isEmpty();
  }

  private static AppealOutcomeRecorded appeal(
      String number, AppealResult result, AppealScope scope, AppealCause cause) {
    return new AppealOutcomeRecorded(
        UNIT + "-" + number,
        UNIT,
        CaseType.CIVIL,
        LocalDate.of(2023, 1, 10),
        null,
        LocalDate.of(2023, 3, 1),
        result,
        scope,
        cause,
        "Bản án bị kháng cáo");
  }

  private static JdbcCampaignTally migratedTally() {
    Map<String, Object> store = CommandSideStores.properties();
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(
            (String) store.get("spring.datasource.url"),
            (String) store.get("spring.datasource.username"),
            (String) store.get("spring.datasource.password"));
    Flyway.configure().dataSource(dataSource).load().migrate();
    return new JdbcCampaignTally(new JdbcTemplate(dataSource));
  }
}
