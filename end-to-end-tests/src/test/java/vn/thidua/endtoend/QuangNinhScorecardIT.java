package vn.thidua.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.testing.ServiceProcess;

/**
 * The Quảng Ninh demo fed through the public command API, as {@code ./run.sh --demo} does: the
 * provincial court's scorecard shows, for TAND 2 cấp (the court with its thirteen lower courts),
 * exactly the figures of DOMAIN.md's worked example; and the leaderboard as of the instant a phase
 * was frozen equals the frozen standings.
 */
class QuangNinhScorecardIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static EmbeddedStores stores;
  private static ServiceProcess commandSide;
  private static ServiceProcess querySide;

  @BeforeAll
  static void loadTheDemo() throws Exception {
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
    Path log = Files.createTempFile("demo-data", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process demo =
        new ProcessBuilder(
                java,
                "-jar",
                System.getProperty("thidua.demoDataJar"),
                "--command-url=" + commandSide.url())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(demo.waitFor(10, TimeUnit.MINUTES)).as("demo loaded in 10 minutes").isTrue();
    assertThat(demo.exitValue()).as(Files.readString(log)).isZero();
  }

  @AfterAll
  static void stopTheSystem() {
    if (querySide != null) {
      querySide.close();
    }
    if (commandSide != null) {
      commandSide.close();
    }
    if (stores != null) {
      stores.close();
    }
  }

  @Test
  void theProvincialScorecardShowsTheWorkedExampleForTheCourtWithItsLowerCourts() {
    JsonNode twoLevels =
        await()
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(1))
            .ignoreExceptions()
            .until(
                () ->
                    query("/api/units/TAND-QN/scorecard?campaignId=QN-2023")
                        .path("withLowerCourts"),
                figures -> figures.path("counts").path("resolved").asLong() == 7009);

    JsonNode counts = twoLevels.path("counts");
    assertThat(twoLevels.path("unitIds")).hasSize(14);
    assertThat(counts.path("accepted").asLong()).isEqualTo(7403);
    assertThat(counts.path("mediationSuccessful").asLong()).isEqualTo(2020);
    assertThat(counts.path("mediationEligibleResolved").asLong()).isEqualTo(2906);
    assertThat(counts.path("courtMediationSuccessful").asLong()).isEqualTo(2337);
    assertThat(counts.path("courtMediationTransferred").asLong()).isEqualTo(3380);
    assertThat(counts.path("onlineTrials").asLong()).isEqualTo(58);
    assertThat(counts.path("modelTrials").asLong()).isEqualTo(195);
    assertThat(counts.path("judges").asLong()).isEqualTo(101);
    assertThat(counts.path("judgesUsingVirtualAssistant").asLong()).isEqualTo(101);
    assertThat(counts.path("virtualAssistantQa").asLong()).isEqualTo(206);
    JsonNode metrics = twoLevels.path("metrics");
    assertThat(metrics.path("RESOLUTION_RATE").decimalValue()).isEqualByComparingTo("94.7");
    assertThat(metrics.path("ANNULLED_AMENDED_RATE").decimalValue()).isEqualByComparingTo("0.58");
    assertThat(metrics.path("MEDIATION_SUCCESS_RATE").decimalValue()).isEqualByComparingTo("69.5");
    assertThat(metrics.path("COURT_MEDIATION_SUCCESS_RATE").decimalValue())
        .isEqualByComparingTo("69.1");
    assertThat(metrics.path("ONLINE_TRIALS").decimalValue()).isEqualByComparingTo("58");
    assertThat(metrics.path("MODEL_TRIALS_PER_JUDGE").decimalValue()).isEqualByComparingTo("1.93");
    assertThat(metrics.path("JUDGMENT_PUBLICATION_RATE").decimalValue())
        .isEqualByComparingTo("100.0");
    assertThat(metrics.path("VIRTUAL_ASSISTANT_USE_RATE").decimalValue())
        .isEqualByComparingTo("100.0");
  }

  @Test
  void theLeaderboardAsOfAPhasesFreezeIsItsFrozenStandings() throws Exception {
    JsonNode frozen =
        await()
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(1))
            .ignoreExceptions()
            .until(
                () -> query("/api/campaigns/QN-2023/standings/DOT-1"),
                standings -> standings.path("rows").size() == 14);
    JsonNode freeze =
        query("/api/audit?campaignId=QN-2023&decisionType=PhaseStandingsFrozen").path("items");
    String frozenAt = null;
    for (JsonNode entry : freeze) {
      if ("DOT-1".equals(entry.path("evidence").path("phaseId").asText())) {
        frozenAt = entry.path("occurredAt").asText();
      }
    }
    assertThat(frozenAt).as("the freeze is in the audit trail").isNotNull();

    JsonNode asOf =
        query(
            "/api/campaigns/QN-2023/leaderboard/as-of?phaseId=DOT-1&at="
                + URLEncoder.encode(frozenAt, StandardCharsets.UTF_8));

    assertThat(standingsOf(asOf.path("rows"))).isEqualTo(standingsOf(frozen.path("rows")));
  }

  /** Rank, unit, counts and score of each row: what both views must agree on. */
  private static List<String> standingsOf(JsonNode rows) {
    List<String> standings = new ArrayList<>();
    for (JsonNode row : rows) {
      standings.add(
          row.path("rank").asInt()
              + " "
              + row.path("unitId").asText()
              + " accepted "
              + row.path("accepted").asLong()
              + " resolved "
              + row.path("resolved").asLong()
              + " score "
              + row.path("score").decimalValue().stripTrailingZeros().toPlainString());
    }
    return standings;
  }

  private static JsonNode query(String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(querySide.url() + path))
                .header("Authorization", basic("kiemtra"))
                .timeout(Duration.ofMinutes(2))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + response.body());
    }
    return JSON.readTree(response.body());
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":thidua-local").getBytes(StandardCharsets.UTF_8));
  }
}
