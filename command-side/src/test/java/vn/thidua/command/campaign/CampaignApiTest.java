package vn.thidua.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.command.Answer;
import vn.thidua.command.CommandSideStores;

/**
 * Campaign commands over HTTP against the embedded PostgreSQL: the scoring table, revisions,
 * closing, and a phase that ended before launch frozen by the durable deadline from the tally.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignApiTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "CP-" + RUN;
  private static final String CAMPAIGN = "CMP-" + RUN;
  private static final String PHASES =
      """
      [{"phaseId":"dot-1","name":"Đợt 1","startsOn":"2022-10-01","endsOn":"2023-03-31"},
       {"phaseId":"dot-2","name":"Đợt 2","startsOn":"2030-01-01","endsOn":"2030-12-31"}]""";
  private static final String CRITERIA =
      """
      [{"metric":"RESOLUTION_RATE","direction":"HIGHER_IS_BETTER","target":90,"basePoints":50,"cap":1.2},
       {"metric":"MODEL_TRIALS_PER_JUDGE","direction":"HIGHER_IS_BETTER","target":1,"basePoints":20},
       {"metric":"ANNULLED_AMENDED_RATE","direction":"LOWER_IS_BETTER","target":1.5,"basePoints":10}]""";
  private static boolean launched;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
    registry.add("db-scheduler.polling-interval", () -> "1s");
  }

  @BeforeEach
  void launchACampaignOverAPhaseThatHasEnded() {
    if (launched) {
      return;
    }
    assertThat(
            post(
                    "quantri",
                    "/api/units",
                    "{\"unitId\":\"%s\",\"name\":\"TAND\",\"level\":\"PROVINCIAL\",\"judges\":4}"
                        .formatted(UNIT))
                .status())
        .isEqualTo(201);
    for (String caseId : List.of("K1-" + RUN, "K2-" + RUN)) {
      assertThat(
              post(
                      "quantri",
                      "/api/cases",
                      "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
                          .formatted(caseId, UNIT))
                  .status())
          .isEqualTo(201);
    }
    assertThat(
            post(
                    "quantri",
                    "/api/cases/K1-" + RUN + "/verdict",
                    "{\"resolvedOn\":\"2023-02-01\",\"outcome\":\"TRIED\",\"onlineTrial\":true,\"modelTrial\":true}")
                .status())
        .isEqualTo(201);
    assertThat(post("totochuc.qn", "/api/campaigns", campaign(CAMPAIGN, CRITERIA)).status())
        .isEqualTo(201);
    launched = true;
  }

  private static String campaign(String campaignId, String criteria) {
    return """
        {"campaignId":"%s","organiserUnitId":"%s","title":"Thi đua","startsOn":"2022-10-01",
         "endsOn":"2030-12-31","participantUnitIds":["%s"],"phases":%s,"criteria":%s,
         "adjustments":[{"metric":"ONLINE_TRIALS","kind":"BONUS_PER_UNIT_ABOVE","threshold":0,"points":1}],
         "gates":[{"metric":"ANNULLED_AMENDED_RATE","comparison":"AT_MOST","limit":1.5}],
         "reason":"Kế hoạch"}"""
        .formatted(campaignId, UNIT, UNIT, PHASES, criteria);
  }

  @Test
  void aPhaseThatEndedBeforeLaunchIsFrozenWithItsFiguresFromTheTally() throws Exception {
    JsonNode frozen = awaitEvent(CAMPAIGN, "PhaseStandingsFrozen");

    assertThat(frozen.path("phaseId").asText()).isEqualTo("dot-1");
    JsonNode standing = frozen.path("standings").path(0);
    assertThat(standing.path("unitId").asText()).isEqualTo(UNIT);
    assertThat(standing.path("rank").asInt()).isEqualTo(1);
    assertThat(standing.path("accepted").asLong()).isEqualTo(2);
    assertThat(standing.path("resolved").asLong()).isEqualTo(1);
    assertThat(standing.path("resolutionRate").decimalValue()).isEqualByComparingTo("50.0");
    // 50 × (50 ÷ 90 = 0.5556) = 27.78; 20 × 0.25 model trials per judge = 5; no annulment among
    // the resolved cases: 0.00 %, achievement at its cap 1, 10 points
    assertThat(standing.path("criteriaPoints").decimalValue()).isEqualByComparingTo("42.78");
    assertThat(standing.path("bonus").decimalValue()).isEqualByComparingTo("1");
    assertThat(standing.path("score").decimalValue()).isEqualByComparingTo("43.78");
    assertThat(standing.path("figures").path(1).path("actual").decimalValue())
        .isEqualByComparingTo("0.25");
    assertThat(standing.path("figures").path(2).path("actual").decimalValue())
        .isEqualByComparingTo("0.00");
    assertThat(standing.path("failedGates")).isEmpty();
    assertThat(standing.path("uncheckedGates")).isEmpty();
  }

  @Test
  void revisesTheScoringTableOfAPhaseNotYetStarted() {
    Answer answer =
        post(
            "totochuc.qn",
            "/api/campaigns/" + CAMPAIGN + "/criteria-revisions",
            "{\"phaseId\":\"dot-2\",\"criteria\":%s,\"reason\":\"Chỉ thị 01/2024\"}"
                .formatted(CRITERIA));

    assertThat(answer.status()).isEqualTo(201);
    assertThat(eventCount(CAMPAIGN, "CriteriaRevised")).isEqualTo(1);
  }

  @Test
  void refusesToReviseAPhaseThatHasStarted() {
    assertRefused(
        "totochuc.qn",
        "/api/campaigns/" + CAMPAIGN + "/criteria-revisions",
        "{\"phaseId\":\"dot-1\",\"criteria\":%s,\"reason\":\"Muộn\"}".formatted(CRITERIA),
        422,
        "phaseId",
        "revise-before-phase-starts");
  }

  @Test
  void refusesToReviseAnUnknownCampaign() {
    assertRefused(
        "totochuc.qn",
        "/api/campaigns/NOPE-" + RUN + "/criteria-revisions",
        "{\"phaseId\":\"dot-2\",\"criteria\":%s,\"reason\":\"Lý do\"}".formatted(CRITERIA),
        404,
        "campaignId",
        "campaign-must-exist");
  }

  @Test
  void refusesACapBelowOne() {
    assertRefused(
        "totochuc.qn",
        "/api/campaigns",
        campaign(
            "CAP-" + RUN,
            "[{\"metric\":\"RESOLUTION_RATE\",\"direction\":\"HIGHER_IS_BETTER\",\"target\":90,\"basePoints\":50,\"cap\":0.5}]"),
        422,
        "criteria[0].cap",
        "cap-at-least-one");
  }

  @Test
  void refusesARevisionWithoutAReason() {
    assertRefused(
        "totochuc.qn",
        "/api/campaigns/" + CAMPAIGN + "/criteria-revisions",
        "{\"phaseId\":\"dot-2\",\"criteria\":%s}".formatted(CRITERIA),
        400,
        "reason",
        "not-blank");
  }

  @Test
  void aClerkCannotCloseACampaign() {
    Answer answer =
        post("thuky.qn", "/api/campaigns/" + CAMPAIGN + "/close", "{\"reason\":\"Hết\"}");
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  @Test
  void closesACampaignOnceAndRefusesToCloseItAgain() throws Exception {
    String other = "CL-" + RUN;
    assertThat(post("totochuc.qn", "/api/campaigns", campaign(other, CRITERIA)).status())
        .isEqualTo(201);

    assertThat(
            post("totochuc.qn", "/api/campaigns/" + other + "/close", "{\"reason\":\"Kết thúc\"}")
                .status())
        .isEqualTo(200);
    JsonNode closed = awaitEvent(other, "CampaignClosed");
    assertThat(closed.path("cancelledPhaseIds").path(0).asText()).isEqualTo("dot-2");
    assertThat(eventCount(other, "PhaseStandingsFrozen")).isEqualTo(1);

    assertRefused(
        "totochuc.qn",
        "/api/campaigns/" + other + "/close",
        "{\"reason\":\"Lần nữa\"}",
        409,
        "campaignId",
        "campaign-not-closed");
  }

  @Test
  void aClusterTakesPartThroughItsMembers() throws Exception {
    String first = "CM1-" + RUN;
    String second = "CM2-" + RUN;
    String cluster = "CUM-" + RUN;
    for (String unitId : List.of(first, second)) {
      assertThat(
              post(
                      "quantri",
                      "/api/units",
                      "{\"unitId\":\"%s\",\"name\":\"TAND\",\"level\":\"PROVINCIAL\",\"judges\":3}"
                          .formatted(unitId))
                  .status())
          .isEqualTo(201);
    }
    assertThat(
            post(
                    "totochuc.qn",
                    "/api/clusters",
                    ("{\"clusterId\":\"%s\",\"emulationYear\":2023,\"name\":\"Cụm thi đua\","
                            + "\"memberUnitIds\":[\"%s\",\"%s\"],\"chairUnitId\":\"%s\","
                            + "\"deputyUnitId\":\"%s\"}")
                        .formatted(cluster, first, second, first, second))
                .status())
        .isEqualTo(201);
    String campaignId = "CC-" + RUN;

    assertThat(
            post(
                    "totochuc.qn",
                    "/api/campaigns",
                    withClusters(campaignId, "[\"" + UNIT + "\",\"" + first + "\"]", cluster))
                .status())
        .isEqualTo(201);

    JsonNode launched = awaitEvent(campaignId, "CampaignLaunched");
    assertThat(json.convertValue(launched.path("participantUnitIds"), List.class))
        .containsExactly(UNIT, first, second);
    assertThat(json.convertValue(launched.path("participantClusterIds"), List.class))
        .containsExactly(cluster);
  }

  @Test
  void refusesAClusterNeverFormed() {
    assertRefused(
        "totochuc.qn",
        "/api/campaigns",
        withClusters("CN-" + RUN, "[]", "NOPE-" + RUN),
        422,
        "participantClusterIds[0]",
        "cluster-must-be-formed");
  }

  @Test
  void refusesACampaignWithoutParticipants() {
    assertRefused(
        "totochuc.qn",
        "/api/campaigns",
        campaign("CE-" + RUN, CRITERIA).replace("\"participantUnitIds\":[\"" + UNIT + "\"],", ""),
        422,
        "participantUnitIds",
        "at-least-one-participant");
  }

  private static String withClusters(String campaignId, String units, String clusterId) {
    return """
        {"campaignId":"%s","organiserUnitId":"%s","title":"Thi đua","startsOn":"2022-10-01",
         "endsOn":"2030-12-31","participantUnitIds":%s,"participantClusterIds":["%s"],
         "phases":[{"phaseId":"dot-1","name":"Đợt 1","startsOn":"2030-01-01","endsOn":"2030-06-30"}],
         "criteria":%s,"reason":"Kế hoạch"}"""
        .formatted(campaignId, UNIT, units, clusterId, CRITERIA);
  }

  /** Refused with a problem naming field and rule, and no command event written anywhere. */
  private void assertRefused(
      String user, String path, String body, int status, String field, String rule) {
    long before = commandEventCount();
    Answer answer = post(user, path, body);
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    try {
      JsonNode error = json.readTree(answer.body()).path("errors").path(0);
      assertThat(error.path("field").asText()).isEqualTo(field);
      assertThat(error.path("rule").asText()).isEqualTo(rule);
    } catch (java.io.IOException unreadable) {
      throw new AssertionError(answer.body(), unreadable);
    }
    assertThat(commandEventCount()).isEqualTo(before);
  }

  /** Events but the freezes, which durable deadlines may write at any moment. */
  private long commandEventCount() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%PhaseStandingsFrozen'",
        Long.class);
  }

  private long eventCount(String aggregateId, String type) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
        Long.class,
        aggregateId,
        "%" + type);
  }

  private JsonNode awaitEvent(String aggregateId, String type) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(giveUp)) {
      List<byte[]> payloads =
          jdbc.queryForList(
              "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
              byte[].class,
              aggregateId,
              "%" + type);
      if (!payloads.isEmpty()) {
        return json.readTree(payloads.get(0));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No " + type + " for " + aggregateId + " within 30 s");
  }

  private Answer post(String user, String path, String body) {
    return Answer.post(port, user, path, body, null);
  }
}
