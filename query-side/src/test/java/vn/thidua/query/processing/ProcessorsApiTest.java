package vn.thidua.query.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.ApiClient;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;

/**
 * Events appended to the embedded event store show up as lag of the processors, which falls back to
 * zero once the read models have caught up: in the JSON endpoint, the Micrometer gauges and the
 * health contributor.
 */
class ProcessorsApiTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @Test
  void theLagOfEveryProcessorFallsToZeroOnceItHasCaughtUp() throws Exception {
    EventStoreWriter events = new EventStoreWriter(storage);
    for (int i = 0; i < 5; i++) {
      String unitId = "LAG-" + RUN + "-" + i;
      events.append(
          "CourtUnit",
          unitId,
          new UnitRegistered(unitId, "TAND " + i, CourtLevel.DISTRICT, null, 3),
          actedBy("quantri", "TANDTC", "lag-" + RUN));
    }
    long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);

    JsonNode unitDirectory =
        await()
            .atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(100))
            .until(
                () -> processor("unit-directory"),
                status -> status.path("eventsBehind").asLong(-1) == 0);

    assertThat(unitDirectory.path("running").asBoolean()).isTrue();
    assertThat(unitDirectory.path("error").asBoolean()).isFalse();
    assertThat(unitDirectory.path("replaying").asBoolean()).isFalse();
    assertThat(unitDirectory.path("segmentsClaimed").asInt()).isPositive();
    assertThat(unitDirectory.path("head").asLong()).isGreaterThanOrEqualTo(head);
    assertThat(unitDirectory.path("position").asLong())
        .isEqualTo(unitDirectory.path("head").asLong());
    assertThat(unitDirectory.path("replayProgressPercent").isNull()).isTrue();
    assertThat(
            json.readTree(api().get("phantich", "/api/processors").body()).findValuesAsText("name"))
        .contains("audit-trail", "campaign-directory", "ledger", "unit-directory");

    await()
        .atMost(PATIENCE)
        .until(() -> gauge("thidua.processor.lag", "unit-directory"), lag -> lag == 0.0);
    assertThat(gauge("thidua.processor.running", "unit-directory")).isEqualTo(1.0);
    assertThat(gauge("thidua.processor.replay.progress", "unit-directory")).isEqualTo(100.0);
    assertThat(gauge("thidua.eventstore.head", null)).isGreaterThanOrEqualTo(head);
  }

  @Test
  void theHealthOfTheProcessorsIsPartOfTheServiceHealth() throws Exception {
    JsonNode processors = json.readTree(api().get("kiemtra", "/actuator/health/processors").body());
    JsonNode anonymous = json.readTree(api().get(null, "/actuator/health").body());

    assertThat(processors.path("status").asText()).isEqualTo("UP");
    assertThat(processors.path("details").path("unit-directory").path("running").asBoolean())
        .isTrue();
    assertThat(anonymous.path("status").asText()).isEqualTo("UP");
    assertThat(anonymous.has("components")).as("only signed-in users see the parts").isFalse();
  }

  private JsonNode processor(String name) throws Exception {
    for (JsonNode status : json.readTree(api().get("phantich", "/api/processors").body())) {
      if (status.path("name").asText().equals(name)) {
        return status;
      }
    }
    throw new AssertionError("no processor " + name);
  }

  private double gauge(String metric, String processor) throws Exception {
    String path =
        "/actuator/metrics/" + metric + (processor == null ? "" : "?tag=processor:" + processor);
    ApiClient.Response response = api().get("quantri", path);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).path("measurements").path(0).path("value").asDouble();
  }

  private ApiClient api() {
    return new ApiClient(port);
  }
}
