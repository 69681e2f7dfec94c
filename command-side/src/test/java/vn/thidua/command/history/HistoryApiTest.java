package vn.thidua.command.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import vn.thidua.command.Answer;
import vn.thidua.command.CommandSideStores;

/**
 * An aggregate's history over HTTP: its events in order, who/when/why, and the state after each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryApiTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "H-" + RUN;
  private static final String CASE = "HC-" + RUN;
  private static final String CAMPAIGN = "HK-" + RUN;
  private static boolean recorded;

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void aUnitACaseWithItsVerdictAndACampaign() {
    if (recorded) {
      return;
    }
    post(
        "quantri",
        "/api/units",
        "{\"unitId\":\"%s\",\"name\":\"TAND tỉnh\",\"level\":\"PROVINCIAL\",\"judges\":7}"
            .formatted(UNIT));
    post(
        "quantri",
        "/api/cases",
        "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
            .formatted(CASE, UNIT));
    post(
        "quantri",
        "/api/cases/" + CASE + "/verdict",
        "{\"resolvedOn\":\"2023-02-01\",\"outcome\":\"TRIED\"}");
    post(
        "quantri",
        "/api/campaigns",
        """
        {"campaignId":"%s","organiserUnitId":"%s","title":"Thi đua","startsOn":"2022-10-01",
         "endsOn":"2030-12-31","participantUnitIds":["%s"],
         "phases":[{"phaseId":"DOT-1","name":"Đợt 1","startsOn":"2022-10-01","endsOn":"2030-12-31"}],
         "criteria":[{"metric":"RESOLUTION_RATE","direction":"HIGHER_IS_BETTER","target":90}],
         "reason":"Kế hoạch thi đua của đơn vị"}"""
            .formatted(CAMPAIGN, UNIT, UNIT));
    recorded = true;
  }

  @Test
  void aCaseHistoryShowsEachEventWithWhoWhenAndTheStateAfterIt() throws Exception {
    Answer answer = get("phantich", "/api/history/CourtCase/" + CASE);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode history = json.readTree(answer.body());
    assertThat(history.get("aggregateType").asText()).isEqualTo("CourtCase");
    JsonNode events = history.get("events");
    assertThat(events).hasSize(2);

    JsonNode accepted = events.get(0);
    assertThat(accepted.get("sequenceNumber").asLong()).isZero();
    assertThat(accepted.get("eventType").asText()).isEqualTo("CaseAccepted");
    assertThat(accepted.get("who").get("userId").asText()).isEqualTo("quantri");
    assertThat(accepted.get("who").get("roles").asText()).contains("ADMIN");
    assertThat(accepted.get("timestamp").asText()).isNotBlank();
    assertThat(accepted.get("correlationId").asText()).isNotBlank();
    assertThat(accepted.get("payload").get("acceptedOn").asText()).isEqualTo("2023-01-05");
    assertThat(accepted.get("stateAfter").get("caseId").asText()).isEqualTo(CASE);
    assertThat(accepted.get("stateAfter").get("acceptedOn").asText()).isEqualTo("2023-01-05");
    assertThat(accepted.get("stateAfter").get("resolvedOn").isNull()).isTrue();

    JsonNode verdict = events.get(1);
    assertThat(verdict.get("eventType").asText()).isEqualTo("VerdictRecorded");
    assertThat(verdict.get("stateAfter").get("resolvedOn").asText()).isEqualTo("2023-02-01");
    assertThat(verdict.get("globalIndex").asLong())
        .isGreaterThan(accepted.get("globalIndex").asLong());
    assertThat(verdict.get("streamHash").asText())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT encode(stream_hash, 'hex') FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? AND sequence_number = 1",
                String.class,
                CASE));
  }

  @Test
  void theReasonGivenForADecisionIsItsWhy() throws Exception {
    Answer answer = get("kiemtra", "/api/history/Campaign/" + CAMPAIGN);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode launched = json.readTree(answer.body()).get("events").get(0);
    assertThat(launched.get("eventType").asText()).isEqualTo("CampaignLaunched");
    assertThat(launched.get("why").asText()).isEqualTo("Kế hoạch thi đua của đơn vị");
    assertThat(launched.get("stateAfter").isObject()).isTrue();
  }

  @Test
  void everyAggregateTypeInTheStoreReplays() {
    List<Map<String, Object>> oneOfEachType =
        jdbc.queryForList(
            "SELECT DISTINCT ON (type) type, aggregate_identifier FROM domain_event_entry"
                + " WHERE type IS NOT NULL ORDER BY type, global_index DESC");
    assertThat(oneOfEachType).hasSizeGreaterThanOrEqualTo(3);
    for (Map<String, Object> aggregate : oneOfEachType) {
      Answer answer =
          get(
              "quantri",
              "/api/history/"
                  + aggregate.get("type")
                  + "/"
                  + aggregate.get("aggregate_identifier"));
      assertThat(answer.status()).as("%s: %s", aggregate, answer.body()).isEqualTo(200);
    }
  }

  @Test
  void anUnknownAggregateIsNotFound() throws Exception {
    Answer answer = get("kiemtra", "/api/history/CourtCase/NOPE-" + RUN);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonNode error = json.readTree(answer.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("aggregateId");
    assertThat(error.get("rule").asText()).isEqualTo("aggregate-must-exist");
  }

  @Test
  void anAggregateAskedForUnderAnotherTypeIsNotFound() {
    assertThat(get("kiemtra", "/api/history/CourtUnit/" + CASE).status()).isEqualTo(404);
  }

  @Test
  void anUnknownAggregateTypeIsABadRequest() throws Exception {
    Answer answer = get("kiemtra", "/api/history/Spaceship/" + CASE);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonNode error = json.readTree(answer.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("aggregateType");
    assertThat(error.get("rule").asText()).isEqualTo("known-aggregate-type");
    assertThat(error.get("message").asText()).contains("CourtCase").contains("CourtUnit");
  }

  @Test
  void clerksMayNotReadHistories() {
    assertThat(get("thuky.qn", "/api/history/CourtCase/" + CASE).status()).isEqualTo(403);
  }

  private void post(String user, String path, String body) {
    Answer answer = Answer.post(port, user, path, body, null);
    assertThat(answer.status()).as("%s %s", path, answer.body()).isEqualTo(201);
  }

  private Answer get(String user, String path) {
    return RestClient.create()
        .get()
        .uri("http://localhost:" + port + path)
        .headers(headers -> headers.setBasicAuth(user, "thidua-local"))
        .exchange(
            (request, response) ->
                new Answer(
                    response.getStatusCode().value(),
                    String.valueOf(response.getHeaders().getContentType()),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }
}
