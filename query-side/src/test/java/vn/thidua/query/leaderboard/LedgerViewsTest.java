package vn.thidua.query.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.leaderboard.LedgerScenario.A;
import static vn.thidua.query.leaderboard.LedgerScenario.B;
import static vn.thidua.query.leaderboard.LedgerScenario.C;
import static vn.thidua.query.leaderboard.LedgerScenario.CAMPAIGN;
import static vn.thidua.query.leaderboard.LedgerScenario.CLUSTER;
import static vn.thidua.query.leaderboard.LedgerScenario.COVENANT;
import static vn.thidua.query.leaderboard.LedgerScenario.J1;
import static vn.thidua.query.leaderboard.LedgerScenario.J2;
import static vn.thidua.query.leaderboard.LedgerScenario.date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.query.ApiClient;
import vn.thidua.query.ApiClient.Response;
import vn.thidua.query.QuerySideIntegrationTest;
import vn.thidua.scoring.UnitCounts;

/**
 * The ledger's views over HTTP, against figures worked out by hand from {@link LedgerScenario}.
 *
 * <p>Phase 1 (2022-10-01 – 2023-03-31), unit A: accepted c1 (carried over), c2, c3, c4 = 4, none
 * resolved before the start; newly accepted c2, c3, c4 = 3; resolved c1, c2 = 2 → resolution 50.0,
 * clearance 66.7, disposition 365 × 2 ÷ 2 = 365.0; one partial subjective amendment = 0.5 → 25.00
 * %; mediation 1 of 1 civil; court mediation 1 of 2; publication 1 of 2 in time; 1 online and 1
 * model trial; judges 5 (changed 2023-01-01); virtual assistant J1 (Nov) and J2 (Jan, corrected to
 * 2 Q&A) → 2 of 5 judges, 5 Q&A. Score: resolution 50.0 ÷ 90 = 0.5556 × 10 = 5.56, annulled 1.5 ÷
 * 25.00 = 0.06 × 5 = 0.30, online bonus (1 − 0) × 0.5 = 0.50 → 6.36; fails the annulled gate. B: 3
 * accepted, 2 resolved → 66.7 ÷ 90 = 0.7411 → 7.41 + annulled 0 % → 5.00 = 12.41. C: 1 of 1 → 100 ÷
 * 90 = 1.1111 → 11.11 + 5.00 = 16.11.
 */
class LedgerViewsTest extends QuerySideIntegrationTest {
  private static final String ANALYST = "phantich";
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static boolean appended;

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired MongoTemplate mongo;
  @Autowired ObjectMapper json;
  @Autowired UnitLedgers ledgers;

  @BeforeEach
  void appendTheScenarioOnce() {
    if (!appended) {
      LedgerScenario.append(storage, mongo);
      appended = true;
    }
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                ledgers.find(A).map(ledger -> ledger.covenantPledgedFor(2023)).isPresent()
                    && ledgers.find(A).get().covenantPledgedFor(2023).isPresent()
                    && ledgers.find(C).isPresent()
                    && ledgers
                            .find(C)
                            .get()
                            .countsFor(date("2022-10-01"), date("2022-10-31"))
                            .resolved()
                        == 1);
  }

  @Test
  void theLedgerSumsEveryCountByBusinessDate() {
    UnitCounts phaseOne = ledgers.require(A).countsFor(date("2022-10-01"), date("2023-03-31"));

    assertThat(phaseOne)
        .isEqualTo(
            new UnitCounts(
                4, 3, 2, new BigDecimal("0.5"), 1L, 1L, 2L, 1L, 2L, 1L, 1, 1, 5, 2L, 5L, null));
    UnitCounts phaseTwo = ledgers.require(A).countsFor(date("2023-04-01"), date("2023-09-30"));
    // c3 and c4 were pending at the start; c4 resolved; J1 used the assistant in May
    assertThat(phaseTwo.accepted()).isEqualTo(2);
    assertThat(phaseTwo.newlyAccepted()).isZero();
    assertThat(phaseTwo.resolved()).isEqualTo(1);
    assertThat(phaseTwo.mediationSuccessful()).isEqualTo(1);
    assertThat(phaseTwo.judgesUsingVirtualAssistant()).isEqualTo(1);
    assertThat(phaseTwo.virtualAssistantQa()).isEqualTo(4);
  }

  @Test
  void theLeaderboardRanksWithTheScoringTableAndExplainsEveryRow() throws Exception {
    JsonNode board = read("/api/campaigns/" + CAMPAIGN + "/leaderboard?phaseId=DOT-1");

    assertThat(units(board)).containsExactly(C, B, A);
    JsonNode a = board.path("rows").path(2);
    assertThat(a.path("rank").asInt()).isEqualTo(3);
    assertThat(a.path("unitName").asText()).isEqualTo("TAND A");
    assertThat(a.path("score").decimalValue()).isEqualByComparingTo("6.36");
    assertThat(a.path("criteriaPoints").decimalValue()).isEqualByComparingTo("5.86");
    assertThat(a.path("bonus").decimalValue()).isEqualByComparingTo("0.50");
    assertThat(a.path("resolutionRatePercent").decimalValue()).isEqualByComparingTo("50.0");
    assertThat(a.path("figures").path(0).path("achievement").decimalValue())
        .isEqualByComparingTo("0.5556");
    assertThat(a.path("figures").path(1).path("actual").decimalValue())
        .isEqualByComparingTo("25.00");
    assertThat(a.path("failedGates").get(0).asText()).isEqualTo("ANNULLED_AMENDED_RATE <= 1.5");
    assertThat(a.path("counts").path("virtualAssistantQa").asLong()).isEqualTo(5);
    JsonNode b = board.path("rows").path(1);
    assertThat(b.path("score").decimalValue()).isEqualByComparingTo("12.41");
    assertThat(b.path("uncheckedGates").get(0).asText())
        .isEqualTo("COURT_MEDIATION_SUCCESS_RATE >= 50");
    assertThat(board.path("rows").path(0).path("score").decimalValue())
        .isEqualByComparingTo("16.11");
    assertThat(board.path("version").asLong()).isPositive();
  }

  @Test
  void aClusterLeaderboardRanksOnlyItsMembers() throws Exception {
    JsonNode board =
        read("/api/campaigns/" + CAMPAIGN + "/leaderboard?phaseId=DOT-1&clusterId=" + CLUSTER);

    assertThat(units(board)).containsExactly(B, A);
    assertThat(board.path("rows").path(1).path("rank").asInt()).isEqualTo(2);
    assertThat(board.path("clusterId").asText()).isEqualTo(CLUSTER);
  }

  @Test
  void theWholeCampaignCountsBothPhases() throws Exception {
    JsonNode board = read("/api/campaigns/" + CAMPAIGN + "/leaderboard");

    JsonNode a = rowOf(board, A);
    // c1, c2, c4 resolved of the four
    assertThat(a.path("accepted").asLong()).isEqualTo(4);
    assertThat(a.path("resolved").asLong()).isEqualTo(3);
    assertThat(board.path("phaseId").isNull()).isTrue();
  }

  @Test
  void theScorecardShowsTargetsCommitmentsAndTheMonthlyTrend() throws Exception {
    JsonNode card =
        read("/api/units/" + A + "/scorecard?campaignId=" + CAMPAIGN + "&phaseId=DOT-1");

    assertThat(card.path("rank").asInt()).isEqualTo(3);
    assertThat(card.path("participants").asInt()).isEqualTo(3);
    assertThat(card.path("score").decimalValue()).isEqualByComparingTo("6.36");
    assertThat(card.path("againstTargets").path(0).path("target").decimalValue())
        .isEqualByComparingTo("90");
    assertThat(card.path("covenantId").asText()).isEqualTo(COVENANT);
    JsonNode resolution = card.path("againstCommitments").path(0);
    assertThat(resolution.path("actual").decimalValue()).isEqualByComparingTo("50.0");
    assertThat(resolution.path("met").asBoolean()).isTrue();
    JsonNode annulled = card.path("againstCommitments").path(1);
    assertThat(annulled.path("direction").asText()).isEqualTo("LOWER_IS_BETTER");
    assertThat(annulled.path("met").asBoolean()).isFalse();
    JsonNode trend = card.path("trend");
    assertThat(trend).hasSize(6);
    // November: c1 and c2 accepted, c1 resolved; February: c3, c4, c2 carried in, c2 resolved
    assertThat(trend.path(1).path("metrics").path("RESOLUTION_RATE").decimalValue())
        .isEqualByComparingTo("50.0");
    assertThat(trend.path(4).path("counts").path("accepted").asLong()).isEqualTo(3);
    assertThat(trend.path(4).path("metrics").path("RESOLUTION_RATE").decimalValue())
        .isEqualByComparingTo("33.3");
  }

  @Test
  void caseloadStatisticsGiveTheCourtMeasuresMonthByMonth() throws Exception {
    JsonNode months =
        read("/api/statistics/caseload?unitId=" + A + "&caseType=CIVIL&from=2022-09&to=2022-12");

    assertThat(months).hasSize(4);
    JsonNode september = months.path(0);
    assertThat(september.path("accepted").asLong()).isEqualTo(1);
    assertThat(september.path("newlyAccepted").asLong()).isZero();
    assertThat(september.path("clearanceRate").isNull()).isTrue();
    assertThat(september.path("averagePendingAgeDays").decimalValue()).isEqualByComparingTo("29.0");
    assertThat(september.path("overdueAtEnd").asLong()).isZero();
    JsonNode november = months.path(2);
    assertThat(november.path("resolved").asLong()).isEqualTo(1);
    assertThat(november.path("resolutionRate").decimalValue()).isEqualByComparingTo("100.0");
    assertThat(november.path("dispositionTimeDays").decimalValue()).isEqualByComparingTo("0.0");
    // a verdict without its case's deadline: overdue is unknown from then on
    assertThat(november.path("overdueAtEnd").isNull()).isTrue();
    JsonNode december = months.path(3);
    assertThat(december.path("accepted").asLong()).isEqualTo(1);
    assertThat(december.path("pendingAtEnd").asLong()).isEqualTo(1);
    assertThat(december.path("clearanceRate").decimalValue()).isEqualByComparingTo("0.0");
    assertThat(december.path("averagePendingAgeDays").decimalValue()).isEqualByComparingTo("30.0");
  }

  @Test
  void judgeFiguresListModelTrialsAndAssistantUsePerMonth() throws Exception {
    JsonNode judges = read("/api/units/" + A + "/judges");

    assertThat(judges).hasSize(3);
    assertThat(judges.path(0).path("judgeId").asText()).isEqualTo(J1);
    assertThat(judges.path(0).path("month").asText()).isEqualTo("2022-11");
    assertThat(judges.path(0).path("modelTrials").asLong()).isEqualTo(1);
    assertThat(judges.path(0).path("questionsAndAnswers").asLong()).isEqualTo(3);
    assertThat(judges.path(2).path("judgeId").asText()).isEqualTo(J2);
    assertThat(judges.path(2).path("questionsAndAnswers").asLong()).isEqualTo(2);
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    assertProblem("/api/campaigns/NOPE-" + CAMPAIGN + "/leaderboard", 404, "campaignId");
    assertProblem("/api/campaigns/" + CAMPAIGN + "/leaderboard?phaseId=DOT-9", 404, "phaseId");
    assertProblem("/api/campaigns/" + CAMPAIGN + "/leaderboard?clusterId=NOPE", 404, "clusterId");
    assertProblem("/api/units/" + A + "/scorecard", 422, "campaignId");
    assertProblem("/api/units/NOPE/scorecard?campaignId=" + CAMPAIGN, 404, "unitId");
    assertProblem("/api/statistics/caseload?unitId=" + A + "&from=2023-13&to=2023-12", 422, "from");
    assertProblem("/api/statistics/caseload?unitId=" + A + "&from=2023-05&to=2023-01", 422, "from");
    assertProblem(
        "/api/statistics/caseload?unitId=" + A + "&caseType=THEFT&from=2023-01&to=2023-02",
        422,
        "caseType");
    assertProblem("/api/statistics/caseload?from=2023-01&to=2023-02", 422, "unitId");
    assertProblem("/api/statistics/caseload?unitId=NOPE&from=2023-01&to=2023-02", 404, "unitId");
    assertProblem("/api/units/NOPE/judges", 404, "unitId");
  }

  private void assertProblem(String path, int status, String field) {
    Response response = new ApiClient(port).get(ANALYST, path);
    assertThat(response.status()).as(path).isEqualTo(status);
    assertThat(response.contentType().toString()).startsWith("application/problem+json");
    assertThat(response.body()).as(path).contains("\"field\":\"" + field + "\"");
  }

  private JsonNode read(String path) throws Exception {
    Response response = new ApiClient(port).get(ANALYST, path);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<String> units(JsonNode board) {
    List<String> units = new ArrayList<>();
    board.path("rows").forEach(row -> units.add(row.path("unitId").asText()));
    return units;
  }

  private static JsonNode rowOf(JsonNode board, String unitId) {
    for (JsonNode row : board.path("rows")) {
      if (row.path("unitId").asText().equals(unitId)) {
        return row;
      }
    }
    throw new AssertionError(unitId + " has no row");
  }
}
