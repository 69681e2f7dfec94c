package vn.thidua.query.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.query.ApiClient;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideApplication;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.stores.TestStores;

/**
 * Two query-side instances on the same stores, as when several share the processors' segments:
 * instance A runs the leaderboard processor, instance B does not (its leaderboard processor only
 * subscribes to events published inside B, and none are). A client connected to B still gets every
 * change, because B watches the document A writes.
 */
class LiveAcrossInstancesTest {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String ANALYST = "phantich";
  private static final String LEADERBOARD_PROCESSOR = "ledger";

  private static ConfigurableApplicationContext processing;
  private static ConfigurableApplicationContext notProcessing;

  @BeforeAll
  static void startTwoInstances() {
    // a database of their own, so their processors start from the beginning without the others'
    String database = "live-instances-" + UUID.randomUUID().toString().substring(0, 8);
    processing = start(database, "--spring.application.name=query-side-a");
    notProcessing =
        start(
            database,
            "--spring.application.name=query-side-b",
            "--axon.eventhandling.processors." + LEADERBOARD_PROCESSOR + ".mode=subscribing");
  }

  @AfterAll
  static void stopThem() {
    notProcessing.close();
    processing.close();
  }

  @Test
  void aClientOfTheInstanceWithoutTheProcessorGetsTheUpdate() throws Exception {
    assertThat(processorOf(processing)).isInstanceOf(TrackingEventProcessor.class);
    assertThat(processorOf(notProcessing)).isInstanceOf(SubscribingEventProcessor.class);
    LiveCampaign campaign =
        new LiveCampaign(new EventStoreWriter(processing.getBean(EventStorageEngine.class)))
            .launch();
    int port = portOf(notProcessing);
    ApiClient api = new ApiClient(port);
    await()
        .atMost(PATIENCE)
        .until(() -> api.get(ANALYST, campaign.leaderboardPath()).status() == 200);
    ObjectMapper json = notProcessing.getBean(ObjectMapper.class);

    try (SseClient client = SseClient.connect(port, ANALYST, campaign.leaderboardStreamPath())) {
      assertThat(accepted(json, client.next(PATIENCE), campaign.halong)).isZero();

      campaign.acceptCase(campaign.halong);

      assertThat(accepted(json, client.next(PATIENCE), campaign.halong)).isEqualTo(1);
    }
  }

  private static ConfigurableApplicationContext start(String database, String... arguments) {
    EmbeddedStores stores = TestStores.get();
    String mongoUri = stores.mongoUri();
    String[] common = {
      "--server.port=0",
      "--spring.datasource.url=" + stores.postgresJdbcUrl(),
      "--spring.datasource.username=" + EmbeddedStores.USER,
      "--spring.datasource.password=" + EmbeddedStores.PASSWORD,
      "--spring.data.mongodb.uri=" + mongoUri.substring(0, mongoUri.lastIndexOf('/') + 1) + database
    };
    String[] all = new String[common.length + arguments.length];
    System.arraycopy(common, 0, all, 0, common.length);
    System.arraycopy(arguments, 0, all, common.length, arguments.length);
    return new SpringApplicationBuilder(QuerySideApplication.class).profiles("test").run(all);
  }

  private static Object processorOf(ConfigurableApplicationContext context) {
    return context
        .getBean(EventProcessingConfiguration.class)
        .eventProcessor(LEADERBOARD_PROCESSOR)
        .orElseThrow();
  }

  private static int portOf(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static long accepted(ObjectMapper json, SseClient.Event event, String unitId)
      throws java.io.IOException {
    for (JsonNode row : json.readTree(event.data()).path("rows")) {
      if (row.path("unitId").asText().equals(unitId)) {
        return row.path("accepted").asLong();
      }
    }
    throw new AssertionError(unitId + " has no row in " + event.data());
  }
}
