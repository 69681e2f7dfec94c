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
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.testing.ServiceProcess;

/**
 * Both services as real processes on the embedded databases: a user launches a campaign and records
 * caseload on the command side and reads the leaderboard and audit trail on the query side.
 */
class CampaignToLeaderboardIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static EmbeddedStores stores;
  private static ServiceProcess commandSide;
  private static ServiceProcess querySide;

  @BeforeAll
  static void startTheSystem() {
    stores = EmbeddedStores.startThrowaway();
    Map<String, String> environment =
        Map.of(
            "THIDUA_EVENTSTORE_URL",
            stores.postgresJdbcUrl(),
            "THIDUA_EVENTSTORE_USER",
            EmbeddedStores.USER,
            "THIDUA_EVENTSTORE_PASSWORD",
            EmbeddedStores.PASSWORD,
            "THIDUA_MONGODB_URI",
            stores.mongoUri());
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
  void launchedCampaignAndRecordedVerdictsShowOnTheLeaderboardAndInTheAuditTrail()
      throws Exception {
    command(
        "quantri",
        "/api/units",
        "{\"unitId\":\"TAND-QN\",\"name\":\"TAND tỉnh Quảng Ninh\",\"level\":\"PROVINCIAL\",\"judges\":30}");
    command(
        "quantri",
        "/api/units",
        "{\"unitId\":\"TAND-QN-HALONG\",\"name\":\"TAND thành phố Hạ Long\",\"level\":\"DISTRICT\",\"parentUnitId\":\"TAND-QN\",\"judges\":12}");
    command(
        "totochuc.qn",
        "/api/campaigns",
        """
        {"campaignId":"QN-2023","organiserUnitId":"TAND-QN","title":"Thi đua năm 2023",
         "startsOn":"2022-10-01","endsOn":"2023-09-30","participantUnitIds":["TAND-QN","TAND-QN-HALONG"],
         "phases":[{"phaseId":"dot-1","name":"Đợt 1","startsOn":"2022-10-01","endsOn":"2023-03-31"},
                   {"phaseId":"dot-2","name":"Đợt 2","startsOn":"2023-04-01","endsOn":"2023-09-30"}],
         "criteria":[{"metric":"RESOLUTION_RATE","direction":"HIGHER_IS_BETTER","target":90}],
         "reason":"Kế hoạch thi đua năm 2023"}
        """);
    // Hạ Long: 4 accepted in phase 1, 3 resolved in it; Quảng Ninh: 2 accepted, 1 resolved.
    for (int i = 1; i <= 4; i++) {
      acceptCase("HL-" + i, "TAND-QN-HALONG", "2022-11-0" + i);
    }
    acceptCase("QN-1", "TAND-QN", "2022-10-15");
    acceptCase("QN-2", "TAND-QN", "2022-10-16");
    for (int i = 1; i <= 3; i++) {
      recordVerdict("HL-" + i, "2023-01-1" + i);
    }
    recordVerdict("QN-1", "2023-02-01");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(resolvedOf("TAND-QN-HALONG", "dot-1")).isEqualTo(3));
    JsonNode leaderboard = query("/api/campaigns/QN-2023/leaderboard?phaseId=dot-1");
    assertThat(leaderboard.path("rows").path(0).path("unitId").asText())
        .isEqualTo("TAND-QN-HALONG");
    assertThat(leaderboard.path("rows").path(0).path("accepted").asLong()).isEqualTo(4);
    assertThat(leaderboard.path("rows").path(0).path("resolutionRatePercent").decimalValue())
        .isEqualByComparingTo("75.0");
    assertThat(leaderboard.path("rows").path(1).path("unitId").asText()).isEqualTo("TAND-QN");
    assertThat(leaderboard.path("rows").path(1).path("resolutionRatePercent").decimalValue())
        .isEqualByComparingTo("50.0");

    // once warm, a verdict reaches the leaderboard within a second
    recordVerdict("QN-2", "2023-03-01");
    await()
        .atMost(Duration.ofSeconds(1))
        .pollInterval(Duration.ofMillis(20))
        .untilAsserted(() -> assertThat(resolvedOf("TAND-QN", "dot-1")).isEqualTo(2));

    JsonNode trail =
        query("/api/audit?campaignId=QN-2023&decisionType=CampaignLaunched").path("items");
    assertThat(trail.path(0).path("decisionType").asText()).isEqualTo("CampaignLaunched");
    assertThat(trail.path(0).path("actorUserId").asText()).isEqualTo("totochuc.qn");
    assertThat(trail.path(0).path("actorUnitId").asText()).isEqualTo("TAND-QN");
    assertThat(trail.path(0).path("reason").asText()).isEqualTo("Kế hoạch thi đua năm 2023");
    assertThat(trail.path(0).path("correlationId").asText()).isNotBlank();
  }

  @Test
  void anUnknownCampaignIsAProblemNotAnError() throws Exception {
    HttpResponse<String> response = get("/api/campaigns/NOPE/leaderboard");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  private static long resolvedOf(String unitId, String phaseId) throws Exception {
    for (JsonNode row :
        query("/api/campaigns/QN-2023/leaderboard?phaseId=" + phaseId).path("rows")) {
      if (row.path("unitId").asText().equals(unitId)) {
        return row.path("resolved").asLong();
      }
    }
    return -1;
  }

  private static void acceptCase(String caseId, String unitId, String acceptedOn) throws Exception {
    command(
        "thuky.qn",
        "/api/cases",
        "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"%s\"}"
            .formatted(caseId, unitId, acceptedOn));
  }

  private static void recordVerdict(String caseId, String resolvedOn) throws Exception {
    command(
        "thuky.qn",
        "/api/cases/" + caseId + "/verdict",
        "{\"resolvedOn\":\"%s\",\"outcome\":\"TRIED\"}".formatted(resolvedOn));
  }

  private static void command(String user, String path, String body)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(commandSide.url() + path))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + " answered " + response.body()).isBetween(200, 201);
  }

  private static JsonNode query(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
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
