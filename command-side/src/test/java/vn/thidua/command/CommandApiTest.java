package vn.thidua.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** The command API over HTTP against the embedded PostgreSQL, as a client would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandApiTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PROVINCE = "P-" + RUN;
  private static final String DISTRICT = "D-" + RUN;
  private static final String CASE = "C-" + RUN;
  private static final String OPEN_CASE = "O-" + RUN;
  private static boolean unitsRegistered;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void registerUnitsAndOneCase() {
    if (unitsRegistered) {
      return;
    }
    assertThat(
            post(
                    "quantri",
                    "/api/units",
                    "{\"unitId\":\"%s\",\"name\":\"TAND tỉnh\",\"level\":\"PROVINCIAL\",\"judges\":30}"
                        .formatted(PROVINCE))
                .status())
        .isEqualTo(201);
    assertThat(
            post(
                    "quantri",
                    "/api/units",
                    "{\"unitId\":\"%s\",\"name\":\"TAND huyện\",\"level\":\"DISTRICT\",\"parentUnitId\":\"%s\",\"judges\":5}"
                        .formatted(DISTRICT, PROVINCE))
                .status())
        .isEqualTo(201);
    assertThat(
            post(
                    "quantri",
                    "/api/cases",
                    "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
                        .formatted(CASE, DISTRICT))
                .status())
        .isEqualTo(201);
    assertThat(
            post(
                    "quantri",
                    "/api/cases/" + CASE + "/verdict",
                    "{\"resolvedOn\":\"2023-02-01\",\"outcome\":\"TRIED\"}")
                .status())
        .isEqualTo(201);
    assertThat(
            post(
                    "quantri",
                    "/api/cases",
                    "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
                        .formatted(OPEN_CASE, DISTRICT))
                .status())
        .isEqualTo(201);
    unitsRegistered = true;
  }

  static Stream<Arguments> badRequests() {
    String phase = "{\"phaseId\":\"%s\",\"name\":\"Đợt\",\"startsOn\":\"%s\",\"endsOn\":\"%s\"}";
    String campaign =
        "{\"organiserUnitId\":\"%s\",\"title\":\"Thi đua\",\"startsOn\":\"2022-10-01\",\"endsOn\":\"2023-09-30\",\"participantUnitIds\":[%s],\"phases\":[%s]}";
    String phaseOne = phase.formatted("dot-1", "2022-10-01", "2023-03-31");
    return Stream.of(
        Arguments.of(
            "unknown unit",
            "quantri",
            "/api/cases",
            "{\"caseId\":\"X-"
                + RUN
                + "\",\"unitId\":\"NOPE\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}",
            422,
            "unitId",
            "unit-must-be-registered"),
        Arguments.of(
            "unknown participant",
            "totochuc.qn",
            "/api/campaigns",
            campaign.formatted(PROVINCE, "\"" + PROVINCE + "\",\"NOPE\"", phaseOne),
            422,
            "participantUnitIds[1]",
            "unit-must-be-registered"),
        Arguments.of(
            "unknown organiser",
            "totochuc.qn",
            "/api/campaigns",
            campaign.formatted("NOPE", "\"" + PROVINCE + "\"", phaseOne),
            422,
            "organiserUnitId",
            "unit-must-be-registered"),
        Arguments.of(
            "verdict for an unknown case",
            "quantri",
            "/api/cases/NOPE-" + RUN + "/verdict",
            "{\"resolvedOn\":\"2023-02-01\",\"outcome\":\"TRIED\"}",
            404,
            "caseId",
            "case-must-be-accepted"),
        Arguments.of(
            "verdict before acceptance",
            "quantri",
            "/api/cases/" + OPEN_CASE + "/verdict",
            "{\"resolvedOn\":\"2022-02-01\",\"outcome\":\"TRIED\"}",
            422,
            "resolvedOn",
            "resolved-on-or-after-acceptance"),
        Arguments.of(
            "verdict twice",
            "quantri",
            "/api/cases/" + CASE + "/verdict",
            "{\"resolvedOn\":\"2023-02-01\",\"outcome\":\"TRIED\"}",
            409,
            "caseId",
            "one-verdict-per-case"),
        Arguments.of(
            "phase outside the campaign period",
            "totochuc.qn",
            "/api/campaigns",
            campaign.formatted(
                PROVINCE,
                "\"" + PROVINCE + "\"",
                phase.formatted("dot-1", "2022-09-01", "2023-03-31")),
            422,
            "phases[0]",
            "phase-within-campaign-period"),
        Arguments.of(
            "overlapping phases",
            "totochuc.qn",
            "/api/campaigns",
            campaign.formatted(
                PROVINCE,
                "\"" + PROVINCE + "\"",
                phaseOne + "," + phase.formatted("dot-2", "2023-03-01", "2023-09-30")),
            422,
            "phases[1]",
            "phases-must-not-overlap"),
        Arguments.of(
            "negative judges",
            "quantri",
            "/api/units",
            "{\"unitId\":\"N-" + RUN + "\",\"name\":\"TAND\",\"level\":\"DISTRICT\",\"judges\":-1}",
            400,
            "judges",
            "positive-or-zero"),
        Arguments.of(
            "malformed JSON",
            "quantri",
            "/api/units",
            "{\"unitId\":",
            400,
            null,
            "well-formed-json"),
        Arguments.of(
            "missing field",
            "quantri",
            "/api/cases",
            "{\"caseId\":\"M-" + RUN + "\",\"unitId\":\"" + DISTRICT + "\",\"caseType\":\"CIVIL\"}",
            400,
            "acceptedOn",
            "not-null"),
        Arguments.of(
            "unknown case type",
            "quantri",
            "/api/cases",
            "{\"caseId\":\"M-"
                + RUN
                + "\",\"unitId\":\""
                + DISTRICT
                + "\",\"caseType\":\"PIRACY\",\"acceptedOn\":\"2023-01-05\"}",
            400,
            "caseType",
            "one-of"),
        Arguments.of(
            "bad date",
            "quantri",
            "/api/cases",
            "{\"caseId\":\"M-"
                + RUN
                + "\",\"unitId\":\""
                + DISTRICT
                + "\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"5/1/2023\"}",
            400,
            "acceptedOn",
            "iso-date"),
        Arguments.of(
            "date in the future",
            "quantri",
            "/api/cases",
            "{\"caseId\":\"F-"
                + RUN
                + "\",\"unitId\":\""
                + DISTRICT
                + "\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2999-01-05\"}",
            422,
            "acceptedOn",
            "date-not-in-future"),
        Arguments.of(
            "case of another unit",
            "thuky.qn",
            "/api/cases",
            "{\"caseId\":\"S-"
                + RUN
                + "\",\"unitId\":\""
                + DISTRICT
                + "\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}",
            403,
            "unitId",
            "own-unit-or-below"),
        Arguments.of(
            "oversized body",
            "quantri",
            "/api/units",
            "{\"unitId\":\"B-" + RUN + "\",\"name\":\"" + "a".repeat(1_100_000) + "\"}",
            413,
            null,
            "max-body-size"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void refusesBadInputWithAProblemNamingFieldAndRuleAndWritesNoEvent(
      String name, String user, String path, String body, int status, String field, String rule)
      throws Exception {
    long eventsBefore = eventCount();

    Answer answer = post(user, path, body);

    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JsonNode error = json.readTree(answer.body()).path("errors").path(0);
    assertThat(error.path("rule").asText()).isEqualTo(rule);
    if (field == null) {
      assertThat(error.path("field").isNull()).isTrue();
    } else {
      assertThat(error.path("field").asText()).isEqualTo(field);
    }
    assertThat(eventCount()).isEqualTo(eventsBefore);
  }

  @Test
  void eventsRecordWhoActedForWhichUnitAndTheCallersCorrelationId() throws Exception {
    String caseId = "W-" + RUN;
    Answer answer =
        post(
            "quantri",
            "/api/cases",
            "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"LABOUR\",\"acceptedOn\":\"2023-01-05\"}"
                .formatted(caseId, DISTRICT),
            "corr-" + RUN);

    assertThat(answer.status()).isEqualTo(201);
    byte[] metaData =
        jdbc.queryForObject(
            "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?",
            byte[].class,
            caseId);
    JsonNode meta = json.readTree(metaData);
    assertThat(meta.path("userId").asText()).isEqualTo("quantri");
    assertThat(meta.path("userUnitId").asText()).isEqualTo("TANDTC");
    assertThat(meta.path("userRoles").asText()).isEqualTo("ADMIN");
    assertThat(meta.path("traceId").asText()).isEqualTo("corr-" + RUN);
  }

  @Test
  void aTokenFromTheLoginWorksInsteadOfThePassword() throws Exception {
    String token =
        json.readTree(
                RestClient.create()
                    .post()
                    .uri("http://localhost:" + port + "/api/auth/token")
                    .headers(headers -> headers.setBasicAuth("quantri", "thidua-local"))
                    .retrieve()
                    .body(String.class))
            .path("access_token")
            .asText();

    int status =
        RestClient.create()
            .post()
            .uri("http://localhost:" + port + "/api/units")
            .contentType(MediaType.APPLICATION_JSON)
            .headers(headers -> headers.setBearerAuth(token))
            .body(
                "{\"unitId\":\"T-%s\",\"name\":\"TAND\",\"level\":\"DISTRICT\",\"parentUnitId\":\"%s\",\"judges\":3}"
                    .formatted(RUN, PROVINCE))
            .exchange((request, response) -> response.getStatusCode().value());
    assertThat(status).isEqualTo(201);
  }

  @Test
  void aCallerWhoAsksInVietnameseGetsEveryReasonInVietnamese() throws Exception {
    String body =
        RestClient.create()
            .post()
            .uri("http://localhost:" + port + "/api/cases")
            .contentType(MediaType.APPLICATION_JSON)
            .headers(
                headers -> {
                  headers.setBasicAuth("quantri", "thidua-local");
                  headers.set("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5");
                })
            .body(
                "{\"caseId\":\"V-%s\",\"unitId\":\"NOPE\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
                    .formatted(RUN))
            .exchange(
                (request, response) ->
                    new String(
                        response.getBody().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));

    JsonNode problem = json.readTree(body);
    assertThat(problem.path("errors").path(0).path("rule").asText())
        .isEqualTo("unit-must-be-registered");
    assertThat(problem.path("errors").path(0).path("message").asText())
        .isEqualTo("Đơn vị chưa được đăng ký.");
    assertThat(problem.path("detail").asText()).isEqualTo("Đơn vị chưa được đăng ký.");
  }

  @Test
  void anAnalystCannotWrite() {
    Answer answer =
        post(
            "phantich",
            "/api/units",
            "{\"unitId\":\"A-" + RUN + "\",\"name\":\"x\",\"level\":\"DISTRICT\",\"judges\":1}");
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  private long eventCount() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }

  private Answer post(String user, String path, String body) {
    return Answer.post(port, user, path, body, null);
  }

  private Answer post(String user, String path, String body, String correlationId) {
    return Answer.post(port, user, path, body, correlationId);
  }
}
