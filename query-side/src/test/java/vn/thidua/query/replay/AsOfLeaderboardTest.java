package vn.thidua.query.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.ApiClient;
import vn.thidua.query.ApiClient.Response;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;

/** The leaderboard as of an instant is the one the live read model showed at that instant. */
class AsOfLeaderboardTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "TAND-ASOF-" + RUN;
  private static final String CAMPAIGN = "ASOF-" + RUN;
  private static final String AUDITOR = "kiemtra";

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired ObjectMapper json;

  @Test
  void theLeaderboardAsOfAnInstantIsTheOneShownThen() throws Exception {
    EventStoreWriter events = new EventStoreWriter(storage);
    MetaData clerk = actedBy("thuky.qn", "TAND-QN", "asof-" + RUN);
    events.append(
        "CourtUnit",
        UNIT,
        new UnitRegistered(UNIT, "TAND thử tra cứu", CourtLevel.REGIONAL, null, 4),
        clerk);
    events.append("Campaign", CAMPAIGN, campaign(), clerk);
    for (int i = 0; i < 4; i++) {
      accept(events, i, clerk);
    }
    verdict(events, 0, clerk);
    String path = "/api/campaigns/" + CAMPAIGN + "/leaderboard?phaseId=DOT-1";
    JsonNode then =
        await()
            .atMost(Duration.ofSeconds(20))
            .ignoreExceptions()
            .until(() -> read(path), board -> board.toString().contains("25.0"));
    Thread.sleep(50);
    Instant instant = Instant.now();
    Thread.sleep(50);
    verdict(events, 1, clerk);
    verdict(events, 2, clerk);
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(() -> read(path).toString().contains("75.0"));

    JsonNode asOf =
        read("/api/campaigns/" + CAMPAIGN + "/leaderboard/as-of?phaseId=DOT-1&at=" + instant);

    // the same view, but for the version: each generation counts its own changes
    ((com.fasterxml.jackson.databind.node.ObjectNode) asOf).remove("version");
    ((com.fasterxml.jackson.databind.node.ObjectNode) then).remove("version");
    assertThat(asOf).isEqualTo(then);
  }

  @Test
  void instantsInTheFutureOrBeforeTheFirstEventAreRefused() throws Exception {
    String path = "/api/campaigns/ANY/leaderboard/as-of?at=";
    Response future = api().get(AUDITOR, path + Instant.now().plusSeconds(3600));
    assertThat(future.status()).isEqualTo(422);
    assertThat(json.readTree(future.body()).path("errors").path(0).path("rule").asText())
        .isEqualTo("as-of-not-in-future");
    Response early = api().get(AUDITOR, path + "2000-01-01T00:00:00Z");
    assertThat(early.status()).isEqualTo(422);
    assertThat(json.readTree(early.body()).path("errors").path(0).path("rule").asText())
        .isEqualTo("as-of-after-first-event");
    Response garbled = api().get(AUDITOR, path + "yesterday");
    assertThat(garbled.status()).isEqualTo(400);
  }

  private void accept(EventStoreWriter events, int number, MetaData clerk) {
    String caseId = CAMPAIGN + "-" + number;
    events.append(
        "CourtCase",
        caseId,
        new CaseAccepted(
            caseId,
            UNIT,
            CaseType.CIVIL,
            LocalDate.parse("2022-10-10"),
            false,
            LocalDate.parse("2023-02-10")),
        clerk);
  }

  private void verdict(EventStoreWriter events, int number, MetaData clerk) {
    String caseId = CAMPAIGN + "-" + number;
    events.append(
        "CourtCase",
        caseId,
        new VerdictRecorded(
            caseId,
            UNIT,
            CaseType.CIVIL,
            LocalDate.parse("2022-10-10"),
            LocalDate.parse("2022-12-01"),
            VerdictOutcome.TRIED,
            false,
            false,
            null),
        clerk);
  }

  private static CampaignLaunched campaign() {
    return new CampaignLaunched(
        CAMPAIGN,
        "TAND-QN",
        "Phong trào thử tra cứu",
        null,
        LocalDate.parse("2022-10-01"),
        LocalDate.parse("2023-09-30"),
        List.of(UNIT),
        List.of(
            new Phase(
                "DOT-1",
                "Đợt 1",
                null,
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-03-31"))),
        List.of(),
        "Thử tra cứu");
  }

  private JsonNode read(String path) throws Exception {
    Response response = api().get(AUDITOR, path);
    if (response.status() != 200) {
      throw new IllegalStateException(path + " answered " + response.status() + response.body());
    }
    return json.readTree(response.body());
  }

  private ApiClient api() {
    return new ApiClient(port);
  }
}
