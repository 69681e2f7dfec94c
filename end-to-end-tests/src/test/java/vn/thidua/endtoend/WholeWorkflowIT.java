package vn.thidua.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.testing.ServiceProcess;

/**
 * The whole decision workflow over HTTP, both services as real processes on throwaway stores: units
 * → cluster → covenant and pledges → caseload → back-dated campaign whose phases freeze through the
 * durable schedule → nomination citing the frozen phase → secret ballot → award decided by the
 * competent decider → revocation. Ends by reading the event store (JDBC, read only) for the event
 * sequence of every involved aggregate and who caused each event, and the query side's audit trail.
 */
class WholeWorkflowIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static EmbeddedStores stores;
  private static ServiceProcess commandSide;
  private static ServiceProcess querySide;

  @BeforeAll
  static void startTheSystem() {
    stores = EmbeddedStores.startThrowaway();
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("THIDUA_EVENTSTORE_URL", stores.postgresJdbcUrl());
    environment.put("THIDUA_EVENTSTORE_USER", EmbeddedStores.USER);
    environment.put("THIDUA_EVENTSTORE_PASSWORD", EmbeddedStores.PASSWORD);
    environment.put("THIDUA_MONGODB_URI", stores.mongoUri());
    // db-scheduler.polling-interval (default 10 s): the phase deadlines are polled every second
    environment.put("DBSCHEDULER_POLLINGINTERVAL", "1s");
    commandSide = Services.commandSide(environment);
    querySide = Services.querySide(environment);
  }

  @AfterAll
  static void stopTheSystem() {
    if (querySide != null) {
      querySide.close();
    }
    if (commandSide != null) {
      commandSide.close();
    }
    stores.close();
  }

  @Test
  void campaignPledgesCaseloadFreezeNominationBallotDecisionAndRevocation() throws Exception {
    // 1. the courts
    registerUnit("TANDTC", "Tòa án nhân dân tối cao", "SUPREME", null);
    registerUnit("TAND-QN", "TAND tỉnh Quảng Ninh", "PROVINCIAL", "TANDTC");
    registerUnit("TAND-HP", "TAND thành phố Hải Phòng", "PROVINCIAL", "TANDTC");
    registerUnit("TAND-HD", "TAND tỉnh Hải Dương", "PROVINCIAL", "TANDTC");

    // 2. the cluster of the 2022–2023 emulation year and its covenant, signed by every member
    JsonNode cluster =
        expect(
            201,
            post(
                "totochuc.qn",
                "/api/clusters",
                """
                {"clusterId":"CUM-IV-2023","emulationYear":2023,"name":"Cụm thi đua số IV",
                 "memberUnitIds":["TAND-QN","TAND-HP","TAND-HD"],
                 "chairUnitId":"TAND-QN","deputyUnitId":"TAND-HP"}
                """));
    assertThat(cluster.path("clusterId").asText()).isEqualTo("CUM-IV-2023");
    JsonNode covenant =
        expect(
            201,
            post(
                "totochuc.qn",
                "/api/covenants",
                """
                {"covenantId":"GU-IV-2023","clusterId":"CUM-IV-2023","year":2023,
                 "commitments":[{"metric":"RESOLUTION_RATE","target":90,"note":"Trên 90 %"}]}
                """));
    assertThat(covenant.path("covenantId").asText()).isEqualTo("GU-IV-2023");
    assertThat(signPledge("quantri", "TAND-HP", "2022-12-10").path("concluded").asBoolean())
        .isFalse();
    assertThat(signPledge("quantri", "TAND-HD", "2022-12-12").path("concluded").asBoolean())
        .isFalse();
    JsonNode lastPledge = signPledge("truongdonvi.qn", "TAND-QN", "2022-12-15");
    assertThat(lastPledge.path("unitId").asText()).isEqualTo("TAND-QN");
    assertThat(lastPledge.path("concluded").asBoolean()).isTrue();

    // 3. last year's caseload of Quảng Ninh, recorded by its clerk
    for (int i = 1; i <= 3; i++) {
      JsonNode accepted =
          expect(
              201,
              post(
                  "thuky.qn",
                  "/api/cases",
                  "{\"caseId\":\"QN-C%d\",\"unitId\":\"TAND-QN\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2022-10-1%d\"}"
                      .formatted(i, i)));
      assertThat(accepted.path("caseId").asText()).isEqualTo("QN-C" + i);
    }
    for (int i = 1; i <= 2; i++) {
      expect(
          201,
          post(
              "thuky.qn",
              "/api/cases/QN-C" + i + "/verdict",
              "{\"resolvedOn\":\"2023-01-1%d\",\"outcome\":\"TRIED\"}".formatted(i)));
    }
    expect(
        201,
        post(
            "thuky.qn",
            "/api/cases/QN-C1/appeal-outcome",
            "{\"decidedOn\":\"2023-02-20\",\"result\":\"UPHELD\"}"));
    expect(
        201,
        post(
            "thuky.qn", "/api/cases/QN-C1/judgment-effective", "{\"effectiveOn\":\"2023-02-20\"}"));
    expect(
        201,
        post(
            "thuky.qn",
            "/api/cases/QN-C1/publication",
            "{\"publishedOn\":\"2023-03-01\",\"portalUrl\":\"https://congbobanan.toaan.gov.vn/qn-c1\"}"));

    // 4. a campaign launched after its phases ended: the durable deadlines freeze both phases
    JsonNode campaign =
        expect(
            201,
            post(
                "totochuc.qn",
                "/api/campaigns",
                """
                {"campaignId":"QN-2023","organiserUnitId":"TAND-QN","title":"Thi đua năm 2023",
                 "startsOn":"2022-10-01","endsOn":"2023-09-30",
                 "participantUnitIds":["TAND-QN","TAND-HP","TAND-HD"],
                 "phases":[{"phaseId":"dot-1","name":"Đợt 1","startsOn":"2022-10-01","endsOn":"2023-03-31"},
                           {"phaseId":"dot-2","name":"Đợt 2","startsOn":"2023-04-01","endsOn":"2023-09-30"}],
                 "criteria":[{"metric":"RESOLUTION_RATE","direction":"HIGHER_IS_BETTER","target":90},
                             {"metric":"ANNULLED_AMENDED_RATE","direction":"LOWER_IS_BETTER","target":1.5}],
                 "reason":"Kế hoạch thi đua năm 2023"}
                """));
    assertThat(campaign.path("campaignId").asText()).isEqualTo("QN-2023");

    // a phase that never froze cannot be cited
    JsonNode unfrozen =
        expect(422, post("thidua.qn", "/api/nominations", nomination("gk-qn-early", "dot-9")));
    assertThat(unfrozen.path("errors").path(0).path("field").asText()).isEqualTo("basis.phaseId");
    assertThat(unfrozen.path("errors").path(0).path("rule").asText())
        .isEqualTo("standings-must-be-frozen");

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertThat(eventTypesOf("QN-2023"))
                    .filteredOn("PhaseStandingsFrozen"::equals)
                    .hasSize(2));
    JsonNode standings =
        payloadsOf("QN-2023", "PhaseStandingsFrozen").stream()
            .filter(frozen -> frozen.path("phaseId").asText().equals("dot-1"))
            .findFirst()
            .orElseThrow();
    assertThat(standings.path("endedOn").asText()).isEqualTo("2023-03-31");
    assertThat(standings.path("standings").path(0).path("unitId").asText()).isEqualTo("TAND-QN");
    assertThat(standings.path("standings").path(0).path("accepted").asLong()).isEqualTo(3);
    assertThat(standings.path("standings").path(0).path("resolved").asLong()).isEqualTo(2);

    // 5. nomination citing the frozen phase: Tập thể lao động tiên tiến, whose gates (annulled
    // rate from the frozen figures, share of advanced workers) must hold; decided provincially
    JsonNode nominated =
        expect(201, post("thidua.qn", "/api/nominations", nomination("ttltt-qn-2023", "dot-1")));
    assertThat(nominated.path("nominationId").asText()).isEqualTo("ttltt-qn-2023");
    assertThat(nominated.path("eligible").asBoolean()).isTrue();
    for (JsonNode gate : nominated.path("gates")) {
      assertThat(gate.path("passed").asBoolean()).as(gate.toString()).isTrue();
    }

    // 6. secret ballot of the council
    JsonNode ballot =
        expect(
            201,
            post(
                "totochuc.qn",
                "/api/ballots",
                """
                {"ballotId":"hd-qn-2023","nominationIds":["ttltt-qn-2023"],
                 "voterKind":"COUNCIL_MEMBERS","voters":["uyvien.hd"],"closesOn":"%s"}
                """
                    .formatted(TODAY.plusDays(7))));
    assertThat(ballot.path("ballotId").asText()).isEqualTo("hd-qn-2023");
    JsonNode vote =
        expect(
            201,
            post(
                "uyvien.hd",
                "/api/ballots/hd-qn-2023/votes",
                "{\"choices\":{\"ttltt-qn-2023\":\"FOR\"}}"));
    assertThat(vote.path("ballotId").asText()).isEqualTo("hd-qn-2023");
    JsonNode tally = expect(200, post("totochuc.qn", "/api/ballots/hd-qn-2023/close", ""));
    assertThat(tally.path("passed").asBoolean()).isTrue();
    assertThat(tally.path("voters").asInt()).isEqualTo(1);
    assertThat(tally.path("votesCast").asInt()).isEqualTo(1);
    assertThat(tally.path("results").path(0).path("nominationId").asText())
        .isEqualTo("ttltt-qn-2023");
    assertThat(tally.path("results").path(0).path("votesFor").asInt()).isEqualTo(1);
    assertThat(tally.path("results").path(0).path("passed").asBoolean()).isTrue();

    // 7. the award: a supreme-court decider is not the competent authority for this title
    JsonNode notCompetent =
        expect(403, post("chanhan.tc", "/api/nominations/ttltt-qn-2023/decision", decision()));
    assertThat(notCompetent.path("errors").path(0).path("rule").asText())
        .isEqualTo("competent-authority");
    JsonNode decided =
        expect(201, post("chanhan.qn", "/api/nominations/ttltt-qn-2023/decision", decision()));
    assertThat(decided.path("nominationId").asText()).isEqualTo("ttltt-qn-2023");
    assertThat(decided.path("decisionNumber").asText()).isEqualTo("15-QD-TAQN");

    // 8. revoked on a legal ground
    JsonNode revoked =
        expect(
            201,
            post(
                "chanhan.qn",
                "/api/awards/15-QD-TAQN/revocation",
                """
                {"ground":"FORGED_DOCUMENTS","reason":"Hồ sơ có giấy tờ giả mạo","revokedOn":"%s"}
                """
                    .formatted(TODAY)));
    assertThat(revoked.path("decisionNumber").asText()).isEqualTo("15-QD-TAQN");
    assertThat(revoked.path("nominationId").asText()).isEqualTo("ttltt-qn-2023");

    // 9. the event store tells the story, and who did each step
    assertStream("CUM-IV-2023", List.of("ClusterFormed"), List.of(who("totochuc.qn", "TAND-QN")));
    assertStream(
        "GU-IV-2023",
        List.of(
            "CovenantDrafted", "PledgeSigned", "PledgeSigned", "PledgeSigned", "CovenantConcluded"),
        List.of(
            who("totochuc.qn", "TAND-QN"),
            who("quantri", "TANDTC"),
            who("quantri", "TANDTC"),
            who("truongdonvi.qn", "TAND-QN"),
            who("truongdonvi.qn", "TAND-QN")));
    assertStream(
        "QN-C1",
        List.of(
            "CaseAccepted",
            "VerdictRecorded",
            "AppealOutcomeRecorded",
            "JudgmentTookEffect",
            "JudgmentPublished"),
        List.of(
            who("thuky.qn", "TAND-QN"),
            who("thuky.qn", "TAND-QN"),
            who("thuky.qn", "TAND-QN"),
            who("thuky.qn", "TAND-QN"),
            who("thuky.qn", "TAND-QN")));
    List<StoredEvent> campaignStream = streamOf("QN-2023");
    assertThat(campaignStream)
        .extracting(StoredEvent::type)
        .containsExactly("CampaignLaunched", "PhaseStandingsFrozen", "PhaseStandingsFrozen");
    assertThat(campaignStream.get(0).who()).isEqualTo(who("totochuc.qn", "TAND-QN"));
    assertStream(
        "ttltt-qn-2023",
        List.of("NominationMade", "NominationEligibilityAssessed", "AwardDecided", "AwardRevoked"),
        List.of(
            who("thidua.qn", "TAND-QN"),
            who("thidua.qn", "TAND-QN"),
            who("chanhan.qn", "TAND-QN"),
            who("chanhan.qn", "TAND-QN")));
    assertStream(
        "hd-qn-2023",
        List.of("BallotOpened", "VoteCast", "BallotClosed"),
        List.of(
            who("totochuc.qn", "TAND-QN"),
            who("uyvien.hd", "TANDTC"),
            who("totochuc.qn", "TAND-QN")));
    assertThat(streamOf("gk-qn-early")).isEmpty();

    // 10. the query side's audit trail
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode trail = expect(200, get("/api/audit?campaignId=QN-2023")).path("items");
              List<String> types = new ArrayList<>();
              trail.forEach(entry -> types.add(entry.path("decisionType").asText()));
              assertThat(types)
                  .contains(
                      "CampaignLaunched",
                      "PhaseStandingsFrozen",
                      "NominationMade",
                      "NominationEligibilityAssessed",
                      "BallotOpened",
                      "BallotClosed",
                      "AwardDecided",
                      "AwardRevoked");
            });
    JsonNode trail = expect(200, get("/api/audit?campaignId=QN-2023")).path("items");
    for (JsonNode entry : trail) {
      if (entry.path("decisionType").asText().equals("CampaignLaunched")) {
        assertThat(entry.path("actorUserId").asText()).isEqualTo("totochuc.qn");
        assertThat(entry.path("actorUnitId").asText()).isEqualTo("TAND-QN");
        assertThat(entry.path("reason").asText()).isEqualTo("Kế hoạch thi đua năm 2023");
      }
      if (entry.path("decisionType").asText().equals("AwardDecided")) {
        assertThat(entry.path("evidence").path("ballotResult").path("passed").asBoolean()).isTrue();
        assertThat(entry.path("evidence").path("standing").path("unitId").asText()).isNotEmpty();
        assertThat(entry.path("actorRoles").toString()).contains("DECIDER");
      }
    }
  }

  private static void registerUnit(String unitId, String name, String level, String parentUnitId)
      throws Exception {
    String parent = parentUnitId == null ? "" : ",\"parentUnitId\":\"" + parentUnitId + "\"";
    JsonNode answer =
        expect(
            201,
            post(
                "quantri",
                "/api/units",
                "{\"unitId\":\"%s\",\"name\":\"%s\",\"level\":\"%s\",\"judges\":20%s}"
                    .formatted(unitId, name, level, parent)));
    assertThat(answer.path("unitId").asText()).isEqualTo(unitId);
  }

  private static JsonNode signPledge(String user, String unitId, String signedOn) throws Exception {
    JsonNode answer =
        expect(
            201,
            post(
                user,
                "/api/covenants/GU-IV-2023/pledges",
                """
                {"unitId":"%s","signerName":"Chánh án %s","signerRole":"Chánh án",
                 "signedOn":"%s","registeredTitles":["ADVANCED_COLLECTIVE"]}
                """
                    .formatted(unitId, unitId, signedOn)));
    assertThat(answer.path("covenantId").asText()).isEqualTo("GU-IV-2023");
    return answer;
  }

  private static String nomination(String nominationId, String phaseId) {
    return """
        {"nominationId":"%s","title":"ADVANCED_COLLECTIVE","emulationYear":2023,
         "nominee":{"unitId":"TAND-QN","name":"TAND tỉnh Quảng Ninh"},
         "basis":{"campaignId":"QN-2023","phaseId":"%s"},
         "facts":{"members":40,"advancedWorkers":30,"unitStaff":40}}
        """
        .formatted(nominationId, phaseId);
  }

  private static String decision() {
    return """
        {"decisionNumber":"15-QD-TAQN","decidedOn":"%s","signer":"Chánh án TAND tỉnh Quảng Ninh"}
        """
        .formatted(TODAY);
  }

  private static Map<String, String> who(String userId, String unitId) {
    return Map.of("userId", userId, "userUnitId", unitId);
  }

  private static void assertStream(
      String aggregateId, List<String> types, List<Map<String, String>> actors) throws Exception {
    List<StoredEvent> stream = streamOf(aggregateId);
    assertThat(stream).extracting(StoredEvent::type).as(aggregateId).isEqualTo(types);
    assertThat(stream).extracting(StoredEvent::who).as(aggregateId).isEqualTo(actors);
  }

  private record StoredEvent(String type, Map<String, String> who, JsonNode payload) {}

  private static List<String> eventTypesOf(String aggregateId) throws Exception {
    return streamOf(aggregateId).stream().map(StoredEvent::type).toList();
  }

  private static List<JsonNode> payloadsOf(String aggregateId, String type) throws Exception {
    return streamOf(aggregateId).stream()
        .filter(event -> event.type().equals(type))
        .map(StoredEvent::payload)
        .toList();
  }

  /** Reads (never writes) one aggregate's stream from the event store, in sequence order. */
  private static List<StoredEvent> streamOf(String aggregateId) throws SQLException, IOException {
    List<StoredEvent> events = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(
                stores.postgresJdbcUrl(), EmbeddedStores.USER, EmbeddedStores.PASSWORD);
        Statement statement = connection.createStatement()) {
      connection.setReadOnly(true);
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT payload_type, meta_data, payload FROM domain_event_entry"
                  + " WHERE aggregate_identifier = '"
                  + aggregateId.replace("'", "''")
                  + "' ORDER BY sequence_number")) {
        while (rows.next()) {
          String type = rows.getString(1);
          JsonNode metaData = JSON.readTree(rows.getBytes(2));
          Map<String, String> who = new LinkedHashMap<>();
          if (metaData.hasNonNull("userId")) {
            who.put("userId", metaData.path("userId").asText());
            who.put("userUnitId", metaData.path("userUnitId").asText());
          }
          events.add(
              new StoredEvent(
                  type.substring(type.lastIndexOf('.') + 1),
                  Map.copyOf(who),
                  JSON.readTree(rows.getBytes(3))));
        }
      }
    }
    return events;
  }

  private static JsonNode expect(int status, HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode())
        .as(response.request().uri() + " answered " + response.body())
        .isEqualTo(status);
    if (status >= 400) {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  private static HttpResponse<String> post(String user, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(commandSide.url() + path))
            .header("Authorization", basic(user));
    if (body.isEmpty()) {
      request.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(querySide.url() + path))
            .header("Authorization", basic("phantich"))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":thidua-local").getBytes(StandardCharsets.UTF_8));
  }
}
