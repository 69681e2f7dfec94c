package vn.thidua.query.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * Every read model is rebuilt into a new generation while events keep arriving; the consistency
 * check finds the rebuilt one identical to the live one, and the live one keeps following the
 * events from the new generation.
 */
class ReadModelRebuildTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "TAND-RB-" + RUN;
  private static final String ADMIN = "quantri";

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired ObjectMapper json;

  @Test
  void everyReadModelRebuildsIdenticallyWhileEventsKeepArriving() throws Exception {
    EventStoreWriter events = new EventStoreWriter(storage);
    MetaData clerk = actedBy("thuky.qn", "TAND-QN", "rebuild-" + RUN);
    events.append(
        "CourtUnit",
        UNIT,
        new UnitRegistered(UNIT, "TAND thử dựng lại", CourtLevel.REGIONAL, null, 5),
        clerk);
    events.append(
        "Campaign", "RB-" + RUN, campaign(), actedBy("totochuc.qn", "TAND-QN", "c-" + RUN));
    AtomicBoolean arriving = new AtomicBoolean(true);
    AtomicInteger cases = new AtomicInteger();
    Thread appender =
        new Thread(
            () -> {
              while (arriving.get()) {
                appendCase(events, cases.incrementAndGet(), clerk);
                sleep(20);
              }
            });
    appender.start();
    List<JsonNode> finished = new ArrayList<>();
    try {
      for (JsonNode model : read("/api/read-models")) {
        String name = model.path("name").asText();
        Response started = api().post(ADMIN, "/api/read-models/" + name + "/rebuild");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Response second = api().post(ADMIN, "/api/read-models/" + name + "/rebuild");
        assertThat(second.status()).isEqualTo(409);
        assertThat(json.readTree(second.body()).path("errors").path(0).path("rule").asText())
            .isEqualTo("one-rebuild-at-a-time");
        finished.add(
            await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(
                    () -> read("/api/read-models/" + name + "/rebuild"),
                    progress -> !progress.path("state").asText().matches("BUILDING|SWITCHING")));
      }
    } finally {
      arriving.set(false);
      appender.join();
    }

    assertThat(cases.get()).isGreaterThan(10);
    for (JsonNode progress : finished) {
      assertThat(progress.path("state").asText()).as(progress.toString()).isEqualTo("DONE");
      assertThat(progress.path("percent").asDouble()).isEqualTo(100.0);
      assertThat(progress.path("checks")).hasSize(1);
      for (JsonNode check : progress.path("checks")) {
        assertThat(check.path("differencesFound").asInt()).as(progress.toString()).isZero();
      }
    }
    for (JsonNode model : read("/api/read-models")) {
      assertThat(model.path("liveGeneration").asText()).isNotEmpty();
    }
    String later = "TAND-RB2-" + RUN;
    events.append(
        "CourtUnit",
        later,
        new UnitRegistered(later, "TAND sau khi dựng lại", CourtLevel.REGIONAL, null, 3),
        clerk);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> read("/api/units?unitId=" + later).toString().contains(later));
  }

  @Test
  void allReadModelsRebuildInOnePass() throws Exception {
    Response started = api().post(ADMIN, "/api/read-models/rebuild");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String id = json.readTree(started.body()).path("rebuildId").asText();

    JsonNode done =
        await()
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> read("/api/read-models/rebuilds/" + id),
                progress -> !progress.path("state").asText().matches("BUILDING|SWITCHING"));

    assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("DONE");
    assertThat(done.path("checks")).hasSize(read("/api/read-models").size());
    for (JsonNode check : done.path("checks")) {
      assertThat(check.path("differencesFound").asInt()).as(done.toString()).isZero();
    }
  }

  @Test
  void unknownReadModelsAndReadersAreTurnedAway() {
    assertThat(api().post(ADMIN, "/api/read-models/no-such/rebuild").status()).isEqualTo(404);
    assertThat(api().post("phantich", "/api/read-models/units/rebuild").status()).isEqualTo(403);
    assertThat(api().get("phantich", "/api/read-models/no-such/rebuild").status()).isEqualTo(404);
  }

  private void appendCase(EventStoreWriter events, int number, MetaData clerk) {
    String caseId = "RB-" + RUN + "-" + number;
    LocalDate accepted = LocalDate.parse("2022-10-03").plusDays(number % 150);
    events.append(
        "CourtCase",
        caseId,
        new CaseAccepted(caseId, UNIT, CaseType.CIVIL, accepted, false, accepted.plusMonths(4)),
        clerk);
    if (number % 2 == 0) {
      events.append(
          "CourtCase",
          caseId,
          new VerdictRecorded(
              caseId,
              UNIT,
              CaseType.CIVIL,
              accepted,
              accepted.plusDays(30),
              VerdictOutcome.TRIED,
              false,
              false,
              null),
          clerk);
    }
  }

  private static CampaignLaunched campaign() {
    return new CampaignLaunched(
        "RB-" + RUN,
        "TAND-QN",
        "Phong trào thử dựng lại",
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
        "Thử dựng lại");
  }

  private JsonNode read(String path) throws Exception {
    Response response = api().get(ADMIN, path);
    if (response.status() != 200) {
      throw new IllegalStateException(path + " answered " + response.status() + response.body());
    }
    return json.readTree(response.body());
  }

  private ApiClient api() {
    return new ApiClient(port);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
