package vn.thidua.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.query.ApiClient;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;

/** SSE end to end: events appended to the store reach a connected client as new views. */
class LiveStreamTest extends QuerySideIntegrationTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String ANALYST = "phantich";

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired ObjectMapper json;
  @Autowired LiveHub hub;

  private LiveCampaign campaign;

  @BeforeEach
  void launchACampaign() {
    campaign = new LiveCampaign(new EventStoreWriter(storage)).launch();
    ApiClient api = new ApiClient(port);
    await()
        .atMost(PATIENCE)
        .until(() -> api.get(ANALYST, campaign.leaderboardPath()).status() == 200);
  }

  @Test
  void aClientGetsTheLeaderboardFirstAndThenEveryChange() throws Exception {
    try (SseClient client = SseClient.connect(port, ANALYST, campaign.leaderboardStreamPath())) {
      assertThat(client.status()).isEqualTo(200);
      assertThat(client.contentType()).startsWith("text/event-stream");
      SseClient.Event first = client.next(PATIENCE);
      assertThat(first.name()).isEqualTo("leaderboard");
      assertThat(accepted(first, campaign.halong)).isZero();

      campaign.acceptCase(campaign.halong);
      assertThat(accepted(client.next(PATIENCE), campaign.halong)).isEqualTo(1);

      campaign.acceptCase(campaign.halong);
      campaign.acceptCase(campaign.campha);
      SseClient.Event both =
          client.nextMatching(event -> accepted(event, campaign.campha) == 1, PATIENCE);
      assertThat(accepted(both, campaign.halong)).isEqualTo(2);
    }
  }

  @Test
  void aUnitsScorecardStreamSendsItsFiguresAndRank() throws Exception {
    try (SseClient client =
        SseClient.connect(port, ANALYST, campaign.scorecardStreamPath(campaign.campha))) {
      SseClient.Event first = client.next(PATIENCE);
      assertThat(first.name()).isEqualTo("scorecard");
      JsonNode scorecard = json.readTree(first.data());
      assertThat(scorecard.path("participants").asInt()).isEqualTo(2);
      assertThat(scorecard.path("unitId").asText()).isEqualTo(campaign.campha);
      assertThat(scorecard.path("counts").path("accepted").asLong()).isZero();

      campaign.acceptCase(campaign.campha);
      JsonNode updated = json.readTree(client.next(PATIENCE).data());
      assertThat(updated.path("counts").path("accepted").asLong()).isEqualTo(1);
    }
  }

  @Test
  void aChangeToAnotherUnitDoesNotResendAnUnchangedScorecard() throws Exception {
    try (SseClient client =
        SseClient.connect(port, ANALYST, campaign.scorecardStreamPath(campaign.campha))) {
      client.next(PATIENCE);
      campaign.acceptCase(campaign.halong);
      ApiClient api = new ApiClient(port);
      await()
          .atMost(PATIENCE)
          .until(
              () -> api.get(ANALYST, campaign.leaderboardPath()).body().contains("\"accepted\":1"));
      Thread.sleep(500); // several polls see the changed document before the next case comes
      campaign.acceptCase(campaign.campha);
      JsonNode next = json.readTree(client.next(PATIENCE).data());
      assertThat(next.path("counts").path("accepted").asLong()).isEqualTo(1);
    }
  }

  @Test
  void anUnknownCampaignIsAnsweredWithProblemDetails() throws Exception {
    try (SseClient client =
        SseClient.connect(port, ANALYST, "/api/campaigns/NO-SUCH-CAMPAIGN/leaderboard/stream")) {
      assertThat(client.status()).isEqualTo(404);
      assertThat(client.contentType()).startsWith("application/problem+json");
      assertThat(client.refusalBody()).contains("campaign-must-exist");
    }
  }

  @Test
  void aUnitOutsideTheCampaignHasNoScorecardStream() throws Exception {
    try (SseClient client =
        SseClient.connect(port, ANALYST, campaign.scorecardStreamPath("TAND-NOT-IN-IT"))) {
      assertThat(client.status()).isEqualTo(404);
      assertThat(client.refusalBody()).contains("unit-must-take-part");
    }
  }

  @Test
  void aClientThatLeavesIsForgottenAndItsDocumentNoLongerPolled() throws Exception {
    String document = LeaderboardSource.documentId(campaign.campaignId, "DOT-1");
    SseClient client = SseClient.connect(port, ANALYST, campaign.leaderboardStreamPath());
    client.next(PATIENCE);
    assertThat(hub.watches(document)).isTrue();
    await().atMost(PATIENCE).until(() -> client.comments() > 0);

    client.close();

    await().atMost(PATIENCE).until(() -> !hub.watches(document));
  }

  @Test
  void anAnonymousClientIsRefused() {
    ApiClient.Response answer = new ApiClient(port).get(null, campaign.leaderboardStreamPath());
    assertThat(answer.status()).isEqualTo(401);
  }

  private long accepted(SseClient.Event event, String unitId) {
    try {
      for (JsonNode row : json.readTree(event.data()).path("rows")) {
        if (row.path("unitId").asText().equals(unitId)) {
          return row.path("accepted").asLong();
        }
      }
      throw new AssertionError(unitId + " has no row in " + event.data());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
