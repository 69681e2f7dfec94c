package vn.thidua.command.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
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
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.organisation.StaffCountChanged;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.Title;

/**
 * The recognition workflow over HTTP against the embedded PostgreSQL, as the emulation officer, the
 * organiser, a council member and the deciders would use it, with refusals along the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecognitionApiTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "HL-" + RUN;
  private static final String WEAK_UNIT = "UB-" + RUN;
  private static final String STAFFED_UNIT = "CP-" + RUN;
  private static final String CAMPAIGN = "CMP-" + RUN;
  private static final String NOMINATION = "N-" + RUN;
  private static final String WEAK_NOMINATION = "W-" + RUN;
  private static final String BALLOT = "B-" + RUN;
  private static final String DECISION = "QD-" + RUN;
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired EventGateway events;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @Test
  void walksNominationBallotVotesCloseDecisionAndRevocation() throws Exception {
    registerCourts();
    freezeStandings();

    // Nomination: eligible, every gate with its figure
    Answer nominated =
        post(
            "thidua.qn",
            "/api/nominations",
            """
            {"nominationId":"%s","title":"ADVANCED_COLLECTIVE","emulationYear":2024,
             "nominee":{"unitId":"%s","name":"TAND khu vực Hạ Long"},
             "basis":{"campaignId":"%s","phaseId":"dot-1"},
             "facts":{"members":20,"advancedWorkers":15}}
            """
                .formatted(NOMINATION, UNIT, CAMPAIGN));
    assertThat(nominated.status()).isEqualTo(201);
    JsonNode assessment = json.readTree(nominated.body());
    assertThat(assessment.path("eligible").asBoolean()).isTrue();
    assertThat(assessment.path("gates").findValuesAsText("gate"))
        .containsExactly("ANNULLED_RATE", "ADVANCED_WORKER_SHARE");
    assertThat(assessment.path("gates").path(0).path("figure").decimalValue())
        .isEqualByComparingTo("0.58");

    // A nomination whose gates fail is recorded, marked ineligible
    Answer weak =
        post(
            "thidua.qn",
            "/api/nominations",
            """
            {"nominationId":"%s","title":"ADVANCED_COLLECTIVE","emulationYear":2024,
             "nominee":{"unitId":"%s"},"basis":{"campaignId":"%s","phaseId":"dot-1"},
             "facts":{"members":20,"advancedWorkers":5}}
            """
                .formatted(WEAK_NOMINATION, WEAK_UNIT, CAMPAIGN));
    assertThat(weak.status()).isEqualTo(201);
    assertThat(json.readTree(weak.body()).path("eligible").asBoolean()).isFalse();

    refused(
        "thidua.qn",
        "/api/nominations",
        "{\"title\":\"ADVANCED_COLLECTIVE\",\"emulationYear\":2024,\"nominee\":{\"unitId\":\"%s\"}}"
            .formatted(WEAK_UNIT),
        422,
        "facts.members",
        "fact-required");
    refused(
        "thidua.qn",
        "/api/nominations",
        "{\"emulationYear\":2024,\"nominee\":{\"unitId\":\"%s\"}}".formatted(UNIT),
        400,
        "title",
        "not-null");
    refused(
        "totochuc.qn",
        "/api/ballots",
        ballot("B2-" + RUN, WEAK_NOMINATION),
        422,
        "nominationIds[0]",
        "nomination-must-be-eligible");

    // Ballot, secret votes, public tally
    assertThat(post("totochuc.qn", "/api/ballots", ballot(BALLOT, NOMINATION)).status())
        .isEqualTo(201);
    String paper = "{\"choices\":{\"%s\":\"FOR\"}}".formatted(NOMINATION);
    refused(
        "truongdonvi.qn",
        "/api/ballots/" + BALLOT + "/votes",
        paper,
        403,
        "ballotId",
        "listed-voters-only");
    assertThat(post("uyvien.hd", "/api/ballots/" + BALLOT + "/votes", paper).status())
        .isEqualTo(201);
    refused(
        "uyvien.hd",
        "/api/ballots/" + BALLOT + "/votes",
        paper,
        409,
        "ballotId",
        "one-vote-per-voter");
    assertThat(storedPayload("VoteCast", BALLOT)).doesNotContain("FOR").contains("uyvien.hd");

    Answer closed = post("totochuc.qn", "/api/ballots/" + BALLOT + "/close", "");
    assertThat(closed.status()).isEqualTo(200);
    JsonNode tally = json.readTree(closed.body());
    assertThat(tally.path("passed").asBoolean()).isTrue();
    assertThat(tally.path("results").path(0).path("votesFor").asInt()).isEqualTo(1);
    assertThat(tally.path("results").path(0).path("threshold").path("numerator").asInt())
        .isEqualTo(2);

    // Decision by the competent authority only
    String decision =
        "{\"decisionNumber\":\"%s\",\"decidedOn\":\"%s\",\"signer\":\"Chánh án TAND tỉnh Quảng Ninh\"}"
            .formatted(DECISION, TODAY);
    refused(
        "chanhan.tc",
        "/api/nominations/" + NOMINATION + "/decision",
        decision,
        403,
        "nominationId",
        "competent-authority");
    refused(
        "chanhan.qn",
        "/api/nominations/NOPE-" + RUN + "/decision",
        decision,
        404,
        "nominationId",
        "nomination-must-exist");
    assertThat(
            post("chanhan.qn", "/api/nominations/" + NOMINATION + "/decision", decision).status())
        .isEqualTo(201);
    assertThat(storedPayload("AwardDecided", NOMINATION))
        .contains("\"deciderUnitId\":\"TAND-QN\"")
        .contains("\"ballotId\":\"" + BALLOT + "\"");

    // Revocation on a legal ground
    String revocation =
        "{\"ground\":\"FORGED_DOCUMENTS\",\"reason\":\"Hồ sơ có giấy tờ giả mạo\",\"revokedOn\":\"%s\"}"
            .formatted(TODAY);
    refused(
        "chanhan.qn",
        "/api/awards/NOPE-" + RUN + "/revocation",
        revocation,
        404,
        "decisionNumber",
        "award-must-exist");
    refused(
        "chanhan.qn",
        "/api/awards/" + DECISION + "/revocation",
        "{\"ground\":\"BAD_LUCK\",\"reason\":\"x\",\"revokedOn\":\"%s\"}".formatted(TODAY),
        400,
        "ground",
        "one-of");
    assertThat(post("chanhan.qn", "/api/awards/" + DECISION + "/revocation", revocation).status())
        .isEqualTo(201);
    refused(
        "chanhan.qn",
        "/api/awards/" + DECISION + "/revocation",
        revocation,
        409,
        "decisionNumber",
        "one-revocation-per-award");

    assertThat(
            jdbc.queryForList(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                    + " ORDER BY sequence_number",
                String.class,
                NOMINATION))
        .containsExactly(
            "vn.thidua.events.recognition.NominationMade",
            "vn.thidua.events.recognition.NominationEligibilityAssessed",
            "vn.thidua.events.recognition.AwardDecided",
            "vn.thidua.events.recognition.AwardRevoked");
  }

  /** V6 back-fills court levels from stored UnitRegistered payloads with this expression. */
  @Test
  void courtLevelsOfEarlierUnitsCanBeReadFromTheStoredEvents() {
    registerCourts();
    assertThat(
            jdbc.queryForList(
                """
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'level' FROM domain_event_entry
                WHERE payload_type = 'vn.thidua.events.organisation.UnitRegistered'
                  AND convert_from(payload, 'UTF8')::jsonb ->> 'unitId' = ?
                """,
                String.class,
                UNIT))
        .containsExactly("REGIONAL");
    assertThat(
            jdbc.queryForObject(
                "SELECT level FROM recognition_unit WHERE unit_id = ?", String.class, UNIT))
        .isEqualTo("REGIONAL");
  }

  /** The gates read staff members, their Lao động tiên tiến and the staff count from V52. */
  @Test
  void theGatesReadTheRecordedStaffOfAUnit() throws Exception {
    registerCourts();
    List<String> staff = List.of("S1-" + RUN, "S2-" + RUN, "S3-" + RUN, "S4-" + RUN);
    for (String staffId : staff) {
      assertThat(
              post(
                      "quantri",
                      "/api/staff",
                      "{\"staffId\":\"%s\",\"fullName\":\"Cán bộ\",\"role\":\"CLERK\",\"unitId\":\"%s\"}"
                          .formatted(staffId, STAFFED_UNIT))
                  .status())
          .isEqualTo(201);
    }
    assertThat(
            post(
                    "quantri",
                    "/api/staff/" + staff.get(3) + "/transfers",
                    "{\"toUnitId\":\"TAND-QN\",\"effectiveOn\":\"%s\"}".formatted(TODAY))
                .status())
        .isEqualTo(201);
    for (String staffId : staff.subList(0, 2)) {
      Nominee person = new Nominee(STAFFED_UNIT, staffId, "Cán bộ");
      String id = "L-" + staffId;
      events.publish(new NominationMade(id, Title.ADVANCED_WORKER, 2024, person, null, null));
      events.publish(new NominationEligibilityAssessed(id, true, List.of()));
      events.publish(
          new AwardDecided(
              id,
              "QD-" + id,
              Title.ADVANCED_WORKER,
              2024,
              person,
              TODAY,
              "Chánh án",
              STAFFED_UNIT,
              false,
              null,
              null,
              List.of()));
    }
    events.publish(new StaffCountChanged(STAFFED_UNIT, 20, TODAY.minusDays(1)));

    Answer collective =
        post(
            "thidua.qn",
            "/api/nominations",
            """
            {"nominationId":"C-%s","title":"ADVANCED_COLLECTIVE","emulationYear":2024,
             "nominee":{"unitId":"%s"}}
            """
                .formatted(RUN, STAFFED_UNIT));
    assertThat(collective.status()).as(collective.body()).isEqualTo(201);
    JsonNode share = json.readTree(collective.body()).path("gates").path(1);
    assertThat(share.path("gate").asText()).isEqualTo("ADVANCED_WORKER_SHARE");
    assertThat(share.path("passed").asBoolean()).isTrue();
    assertThat(share.path("figure").decimalValue()).isEqualByComparingTo("66.7");
    assertThat(share.path("reason").asText()).contains("2 of 3 members", "recorded staff");

    Answer fighter =
        post(
            "thidua.qn",
            "/api/nominations",
            """
            {"nominationId":"G-%s","title":"GRASSROOTS_EMULATION_FIGHTER","emulationYear":2024,
             "nominee":{"unitId":"%s","personId":"%s","name":"Cán bộ"}}
            """
                .formatted(RUN, STAFFED_UNIT, staff.get(0)));
    assertThat(fighter.status()).as(fighter.body()).isEqualTo(201);
    JsonNode quota = json.readTree(fighter.body()).path("gates").path(1);
    assertThat(quota.path("gate").asText()).isEqualTo("GRASSROOTS_QUOTA");
    assertThat(quota.path("limit").asInt()).isEqualTo(3);
    assertThat(quota.path("reason").asText()).contains("of 20 staff, staff count in force");
  }

  @Test
  void aClerkCannotNominate() {
    Answer answer =
        post(
            "thuky.qn",
            "/api/nominations",
            "{\"title\":\"ADVANCED_COLLECTIVE\",\"emulationYear\":2024,\"nominee\":{\"unitId\":\"X\"}}");
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
  }

  private void registerCourts() {
    assertThat(
            post(
                    "quantri",
                    "/api/units",
                    "{\"unitId\":\"TANDTC\",\"name\":\"TAND tối cao\",\"level\":\"SUPREME\",\"judges\":100}")
                .status())
        .isIn(201, 409);
    assertThat(
            post(
                    "quantri",
                    "/api/units",
                    "{\"unitId\":\"TAND-QN\",\"name\":\"TAND tỉnh Quảng Ninh\",\"level\":\"PROVINCIAL\",\"parentUnitId\":\"TANDTC\",\"judges\":30}")
                .status())
        .isIn(201, 409);
    for (String unit : List.of(UNIT, WEAK_UNIT, STAFFED_UNIT)) {
      assertThat(
              post(
                      "quantri",
                      "/api/units",
                      "{\"unitId\":\"%s\",\"name\":\"TAND khu vực\",\"level\":\"REGIONAL\",\"parentUnitId\":\"TAND-QN\",\"judges\":8}"
                          .formatted(unit))
                  .status())
          .isIn(201, 409);
    }
  }

  /** Stands in for the phase freeze, which another feature schedules. */
  private void freezeStandings() {
    events.publish(
        new PhaseStandingsFrozen(
            CAMPAIGN,
            "dot-1",
            LocalDate.of(2024, 3, 31),
            List.of(
                new FrozenStanding(
                    1,
                    UNIT,
                    7403,
                    7009,
                    new BigDecimal("95.2"),
                    List.of(
                        new CriterionFigure(
                            Metric.ANNULLED_AMENDED_RATE,
                            new BigDecimal("0.58"),
                            new BigDecimal("1.5"),
                            BigDecimal.ONE,
                            BigDecimal.TEN)),
                    List.of()))));
  }

  private static String ballot(String ballotId, String nominationId) {
    return """
        {"ballotId":"%s","nominationIds":["%s"],"voterKind":"COUNCIL_MEMBERS",
         "voters":["uyvien.hd"],"closesOn":"%s"}
        """
        .formatted(ballotId, nominationId, TODAY.plusDays(7));
  }

  private String storedPayload(String type, String aggregateId) {
    byte[] payload =
        jdbc.queryForObject(
            "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?",
            byte[].class,
            aggregateId,
            "vn.thidua.events.recognition." + type);
    return new String(payload, StandardCharsets.UTF_8);
  }

  private void refused(String user, String path, String body, int status, String field, String rule)
      throws Exception {
    long before = eventCount();
    Answer answer = post(user, path, body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JsonNode error = json.readTree(answer.body()).path("errors").path(0);
    assertThat(error.path("field").asText()).isEqualTo(field);
    assertThat(error.path("rule").asText()).isEqualTo(rule);
    assertThat(eventCount()).isEqualTo(before);
  }

  private long eventCount() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }

  private Answer post(String user, String path, String body) {
    return Answer.post(port, user, path, body, null);
  }
}
