package vn.thidua.command.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
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
import vn.thidua.command.Answer;
import vn.thidua.command.CommandSideStores;

/** Appeal outcomes, legal effect, publication, court mediation and judges' activity over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseloadApiTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PROVINCE = "P-" + RUN;
  private static final String DISTRICT = "D-" + RUN;

  /** Verdict, appeal outcome, legal effect and publication all recorded. */
  private static final String DONE = "DONE-" + RUN;

  /** Accepted, no verdict. */
  private static final String OPEN = "OPEN-" + RUN;

  /** Verdict on 2023-02-01, nothing after it. */
  private static final String RESOLVED = "RES-" + RUN;

  private static final String MEDIATION = "HG-" + RUN;
  private static final String JUDGE = "TP-" + RUN;
  private static boolean prepared;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void prepare() {
    if (prepared) {
      return;
    }
    created(
        "/api/units",
        "{\"unitId\":\"%s\",\"name\":\"TAND tỉnh\",\"level\":\"PROVINCIAL\",\"judges\":30}"
            .formatted(PROVINCE));
    created(
        "/api/units",
        "{\"unitId\":\"%s\",\"name\":\"TAND khu vực\",\"level\":\"REGIONAL\",\"parentUnitId\":\"%s\",\"judges\":5}"
            .formatted(DISTRICT, PROVINCE));
    for (String caseId : List.of(DONE, OPEN, RESOLVED)) {
      acceptCivilCase(caseId);
    }
    recordVerdict(DONE);
    recordVerdict(RESOLVED);
    created(
        "/api/cases/" + DONE + "/appeal-outcome",
        "{\"decidedOn\":\"2023-03-01\",\"result\":\"UPHELD\"}");
    created("/api/cases/" + DONE + "/judgment-effective", "{\"effectiveOn\":\"2023-03-01\"}");
    created("/api/cases/" + DONE + "/publication", "{\"publishedOn\":\"2023-03-10\"}");
    created(
        "/api/court-mediations",
        "{\"mediationId\":\"%s\",\"unitId\":\"%s\",\"receivedOn\":\"2023-02-01\",\"disputeType\":\"CIVIL\"}"
            .formatted(MEDIATION, DISTRICT));
    assertThat(recordUse(JUDGE, 3).status()).isEqualTo(201);
    prepared = true;
  }

  static Stream<Arguments> badRequests() {
    String appeal = "{\"decidedOn\":\"%s\",\"result\":\"%s\"%s}";
    String mediation =
        "{\"mediationId\":\"%s\",\"unitId\":\"%s\",\"receivedOn\":\"2023-02-01\",\"disputeType\":\"%s\"}";
    String use = "{\"unitId\":\"%s\",\"month\":\"%s\",\"questionsAndAnswersContributed\":%d}";
    return Stream.of(
        bad(
            "appeal outcome of an unknown case",
            "/api/cases/NOPE-" + RUN + "/appeal-outcome",
            appeal.formatted("2023-03-01", "UPHELD", ""),
            404,
            "caseId",
            "case-must-be-accepted"),
        bad(
            "appeal outcome without a verdict",
            "/api/cases/" + OPEN + "/appeal-outcome",
            appeal.formatted("2023-03-01", "UPHELD", ""),
            422,
            "caseId",
            "verdict-must-be-recorded"),
        bad(
            "appeal decided before the verdict",
            "/api/cases/" + RESOLVED + "/appeal-outcome",
            appeal.formatted("2023-01-31", "UPHELD", ""),
            422,
            "decidedOn",
            "on-or-after-verdict"),
        bad(
            "appeal decided in the future",
            "/api/cases/" + RESOLVED + "/appeal-outcome",
            appeal.formatted("2999-01-31", "UPHELD", ""),
            422,
            "decidedOn",
            "date-not-in-future"),
        bad(
            "annulled without scope",
            "/api/cases/" + RESOLVED + "/appeal-outcome",
            appeal.formatted("2023-03-01", "ANNULLED", ",\"cause\":\"SUBJECTIVE\""),
            422,
            "scope",
            "scope-and-cause-when-amended-or-annulled"),
        bad(
            "upheld with a cause",
            "/api/cases/" + RESOLVED + "/appeal-outcome",
            appeal.formatted("2023-03-01", "UPHELD", ",\"cause\":\"SUBJECTIVE\""),
            422,
            "cause",
            "no-scope-or-cause-when-upheld"),
        bad(
            "unknown appeal result",
            "/api/cases/" + RESOLVED + "/appeal-outcome",
            appeal.formatted("2023-03-01", "PARDONED", ""),
            400,
            "result",
            "one-of"),
        bad(
            "appeal without a date",
            "/api/cases/" + RESOLVED + "/appeal-outcome",
            "{\"result\":\"UPHELD\"}",
            400,
            "decidedOn",
            "not-null"),
        bad(
            "second appeal outcome",
            "/api/cases/" + DONE + "/appeal-outcome",
            appeal.formatted(
                "2023-03-01", "AMENDED", ",\"scope\":\"WHOLE\",\"cause\":\"OBJECTIVE\""),
            409,
            "caseId",
            "one-appeal-outcome-per-case"),
        bad(
            "legal effect without a verdict",
            "/api/cases/" + OPEN + "/judgment-effective",
            "{\"effectiveOn\":\"2023-03-01\"}",
            422,
            "caseId",
            "verdict-must-be-recorded"),
        bad(
            "legal effect before the verdict",
            "/api/cases/" + RESOLVED + "/judgment-effective",
            "{\"effectiveOn\":\"2023-01-31\"}",
            422,
            "effectiveOn",
            "on-or-after-verdict"),
        bad(
            "legal effect twice",
            "/api/cases/" + DONE + "/judgment-effective",
            "{\"effectiveOn\":\"2023-03-01\"}",
            409,
            "caseId",
            "judgment-takes-effect-once"),
        bad(
            "publication before legal effect",
            "/api/cases/" + RESOLVED + "/publication",
            "{\"publishedOn\":\"2023-03-10\"}",
            422,
            "caseId",
            "judgment-must-take-effect-before-publication"),
        bad(
            "publication twice",
            "/api/cases/" + DONE + "/publication",
            "{\"publishedOn\":\"2023-03-10\"}",
            409,
            "caseId",
            "judgment-published-once"),
        bad(
            "portal address that is not a web address",
            "/api/cases/" + DONE + "/publication",
            "{\"publishedOn\":\"2023-03-10\",\"portalUrl\":\"congbobanan\"}",
            400,
            "portalUrl",
            "pattern"),
        bad(
            "presiding judge id with spaces",
            "/api/cases/" + OPEN + "/verdict",
            "{\"resolvedOn\":\"2023-02-01\",\"outcome\":\"TRIED\",\"presidingJudgeId\":\"Thẩm phán A\"}",
            400,
            "presidingJudgeId",
            "pattern"),
        bad(
            "criminal matter to court mediation",
            "/api/court-mediations",
            mediation.formatted("HG2-" + RUN, DISTRICT, "CRIMINAL"),
            422,
            "disputeType",
            "dispute-type-open-to-court-mediation"),
        bad(
            "court mediation at an unknown unit",
            "/api/court-mediations",
            mediation.formatted("HG3-" + RUN, "NOPE", "CIVIL"),
            422,
            "unitId",
            "unit-must-be-registered"),
        bad(
            "court mediation twice",
            "/api/court-mediations",
            mediation.formatted(MEDIATION, DISTRICT, "CIVIL"),
            409,
            "mediationId",
            "mediation-id-must-be-unique"),
        bad(
            "outcome of an unknown court mediation",
            "/api/court-mediations/NOPE-" + RUN + "/outcome",
            "{\"concludedOn\":\"2023-02-20\",\"outcome\":\"SUCCESS\"}",
            404,
            "mediationId",
            "mediation-must-be-transferred"),
        bad(
            "court mediation ending before receipt",
            "/api/court-mediations/" + MEDIATION + "/outcome",
            "{\"concludedOn\":\"2023-01-20\",\"outcome\":\"SUCCESS\"}",
            422,
            "concludedOn",
            "concluded-on-or-after-receipt"),
        bad(
            "month that is not yyyy-MM",
            "/api/judges/" + JUDGE + "/virtual-assistant-use",
            use.formatted(DISTRICT, "5/2023", 1),
            400,
            "month",
            "pattern"),
        bad(
            "month that has not begun",
            "/api/judges/" + JUDGE + "/virtual-assistant-use",
            use.formatted(DISTRICT, "2999-05", 1),
            422,
            "month",
            "date-not-in-future"),
        bad(
            "negative questions and answers",
            "/api/judges/" + JUDGE + "/virtual-assistant-use",
            use.formatted(DISTRICT, "2023-05", -1),
            400,
            "questionsAndAnswersContributed",
            "positive-or-zero"),
        bad(
            "the same judge and month for another unit",
            "/api/judges/" + JUDGE + "/virtual-assistant-use",
            use.formatted(PROVINCE, "2023-05", 3),
            409,
            "unitId",
            "one-unit-per-judge-and-month"),
        bad(
            "malformed judge id",
            "/api/judges/TP!" + RUN + "/virtual-assistant-use",
            use.formatted(DISTRICT, "2023-05", 1),
            400,
            "judgeId",
            "pattern"));
  }

  private static Arguments bad(
      String name, String path, String body, int status, String field, String rule) {
    return Arguments.of(name, path, body, status, field, rule);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void refusesBadInputWithAProblemNamingFieldAndRuleAndWritesNoEvent(
      String name, String path, String body, int status, String field, String rule)
      throws Exception {
    long eventsBefore = eventCount();

    Answer answer = post("quantri", path, body);

    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JsonNode error = json.readTree(answer.body()).path("errors").path(0);
    assertThat(error.path("field").asText()).isEqualTo(field);
    assertThat(error.path("rule").asText()).isEqualTo(rule);
    assertThat(eventCount()).isEqualTo(eventsBefore);
  }

  @Test
  void aClerkOfAnotherProvinceCannotRecordTheOutcomeOfAMediation() throws Exception {
    long eventsBefore = eventCount();

    Answer answer =
        post(
            "thuky.qn",
            "/api/court-mediations/" + MEDIATION + "/outcome",
            "{\"concludedOn\":\"2023-02-20\",\"outcome\":\"SUCCESS\"}");

    assertThat(answer.status()).isEqualTo(403);
    JsonNode error = json.readTree(answer.body()).path("errors").path(0);
    assertThat(error.path("field").asText()).isEqualTo("mediationId");
    assertThat(error.path("rule").asText()).isEqualTo("own-unit-or-below");
    assertThat(eventCount()).isEqualTo(eventsBefore);
  }

  @Test
  void anAcceptedCaseCarriesItsStatutoryDeadline() throws Exception {
    JsonNode accepted = lastPayload(RESOLVED, "CaseAccepted");
    // a civil case: 4 months to prepare and 1 to open the hearing, from 2023-01-05
    assertThat(accepted.path("statutoryDeadline").asText()).isEqualTo("2023-06-04");
  }

  @Test
  void anAppealOutcomeCarriesTheFiguresOfTheVerdict() throws Exception {
    String caseId = "APP-" + RUN;
    acceptCivilCase(caseId);
    recordVerdict(caseId);

    created(
        "/api/cases/" + caseId + "/appeal-outcome",
        "{\"decidedOn\":\"2023-04-01\",\"result\":\"AMENDED\",\"scope\":\"PARTIAL\",\"cause\":\"SUBJECTIVE\",\"reason\":\"Áp dụng sai pháp luật\"}");

    JsonNode outcome = lastPayload(caseId, "AppealOutcomeRecorded");
    assertThat(outcome.path("unitId").asText()).isEqualTo(DISTRICT);
    assertThat(outcome.path("caseType").asText()).isEqualTo("CIVIL");
    assertThat(outcome.path("resolvedOn").asText()).isEqualTo("2023-02-01");
    assertThat(outcome.path("presidingJudgeId").asText()).isEqualTo("TP-017");
    assertThat(outcome.path("scope").asText()).isEqualTo("PARTIAL");
    assertThat(outcome.path("cause").asText()).isEqualTo("SUBJECTIVE");
    assertThat(outcome.path("reason").asText()).isEqualTo("Áp dụng sai pháp luật");
  }

  @Test
  void aJudgmentPublishedMoreThanThirtyDaysAfterTakingEffectIsLate() throws Exception {
    String caseId = "PUB-" + RUN;
    acceptCivilCase(caseId);
    recordVerdict(caseId);
    created("/api/cases/" + caseId + "/judgment-effective", "{\"effectiveOn\":\"2023-03-01\"}");

    created(
        "/api/cases/" + caseId + "/publication",
        "{\"publishedOn\":\"2023-04-01\",\"portalUrl\":\"https://congbobanan.toaan.gov.vn/x\"}");

    JsonNode published = lastPayload(caseId, "JudgmentPublished");
    assertThat(published.path("late").asBoolean()).isTrue();
    assertThat(published.path("effectiveOn").asText()).isEqualTo("2023-03-01");
    assertThat(published.path("portalUrl").asText())
        .isEqualTo("https://congbobanan.toaan.gov.vn/x");
  }

  @Test
  void aCourtMediationMayShareItsIdWithACaseWithoutTouchingIt() throws Exception {
    long caseEvents = eventsOf(RESOLVED);

    created(
        "/api/court-mediations",
        "{\"mediationId\":\"%s\",\"unitId\":\"%s\",\"receivedOn\":\"2023-02-01\",\"disputeType\":\"LABOUR\"}"
            .formatted(RESOLVED, DISTRICT));
    created(
        "/api/court-mediations/" + RESOLVED + "/outcome",
        "{\"concludedOn\":\"2023-02-20\",\"outcome\":\"FAILURE\"}");

    assertThat(eventsOf(RESOLVED)).isEqualTo(caseEvents);
    assertThat(eventsOf("court-mediation:" + RESOLVED)).isEqualTo(2);
    JsonNode outcome = lastPayload("court-mediation:" + RESOLVED, "CourtMediationOutcomeRecorded");
    assertThat(outcome.path("disputeType").asText()).isEqualTo("LABOUR");
    assertThat(outcome.path("receivedOn").asText()).isEqualTo("2023-02-01");
  }

  @Test
  void theSameMonthAgainChangesNothingAndAnotherFigureIsACorrection() throws Exception {
    String judge = "TP2-" + RUN;
    assertThat(recordUse(judge, 4).status()).isEqualTo(201);
    long eventsBefore = eventCount();

    Answer again = recordUse(judge, 4);
    assertThat(again.status()).isEqualTo(200);
    assertThat(json.readTree(again.body()).path("result").asText()).isEqualTo("UNCHANGED");
    assertThat(eventCount()).isEqualTo(eventsBefore);

    Answer corrected = recordUse(judge, 6);
    assertThat(corrected.status()).isEqualTo(200);
    assertThat(json.readTree(corrected.body()).path("result").asText()).isEqualTo("CORRECTED");
    JsonNode correction = lastPayload("judge:" + judge, "VirtualAssistantUseCorrected");
    assertThat(correction.path("previousQuestionsAndAnswersContributed").asInt()).isEqualTo(4);
    assertThat(correction.path("questionsAndAnswersContributed").asInt()).isEqualTo(6);
  }

  private void acceptCivilCase(String caseId) {
    created(
        "/api/cases",
        "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
            .formatted(caseId, DISTRICT));
  }

  private void recordVerdict(String caseId) {
    created(
        "/api/cases/" + caseId + "/verdict",
        "{\"resolvedOn\":\"2023-02-01\",\"outcome\":\"TRIED\",\"presidingJudgeId\":\"TP-017\"}");
  }

  private Answer recordUse(String judgeId, int questionsAndAnswers) {
    return post(
        "quantri",
        "/api/judges/" + judgeId + "/virtual-assistant-use",
        "{\"unitId\":\"%s\",\"month\":\"2023-05\",\"questionsAndAnswersContributed\":%d}"
            .formatted(DISTRICT, questionsAndAnswers));
  }

  private void created(String path, String body) {
    Answer answer = post("quantri", path, body);
    assertThat(answer.status()).as(path + " answered " + answer.body()).isEqualTo(201);
  }

  private long eventCount() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }

  private long eventsOf(String aggregateId) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
        Long.class,
        aggregateId);
  }

  private JsonNode lastPayload(String aggregateId, String eventType) throws Exception {
    byte[] payload =
        jdbc.queryForObject(
            "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type = ? ORDER BY sequence_number DESC LIMIT 1",
            byte[].class,
            aggregateId,
            "vn.thidua.events.caseload." + eventType);
    return json.readTree(payload);
  }

  private Answer post(String user, String path, String body) {
    return Answer.post(port, user, path, body, null);
  }
}
