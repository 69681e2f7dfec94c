package vn.thidua.query.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.events.covenant.CovenantConcluded;
import vn.thidua.events.covenant.CovenantDrafted;
import vn.thidua.events.covenant.PledgeSigned;
import vn.thidua.events.recognition.Title;
import vn.thidua.query.ApiClient.Response;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;
import vn.thidua.query.ReadApi;

/** A cluster's covenant over HTTP, signed by both members and so concluded. */
class CovenantApiTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String COVENANT = "GU-IV-" + RUN;
  private static final String CLUSTER = "CUM-IV-" + RUN;
  private static final List<String> MEMBERS = List.of("TAND-QN", "TAND-HP");
  private static boolean eventsAppended;

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired ObjectMapper json;

  @BeforeEach
  void appendTheCovenantOnce() {
    if (eventsAppended) {
      return;
    }
    EventStoreWriter events = new EventStoreWriter(storage);
    events.append(
        "Covenant",
        COVENANT,
        new CovenantDrafted(
            COVENANT,
            CLUSTER,
            2024,
            MEMBERS,
            List.of(new Commitment(Metric.RESOLUTION_RATE, new BigDecimal("90"), null))),
        actedBy("quantri", "TANDTC", "draft-" + RUN));
    sign(events, "TAND-QN", "2024-01-18");
    sign(events, "TAND-HP", "2024-01-20");
    events.append(
        "Covenant",
        COVENANT,
        new CovenantConcluded(COVENANT, CLUSTER, 2024, MEMBERS, LocalDate.parse("2024-01-20")),
        actedBy("truongdonvi.hp", "TAND-HP", "sign-" + RUN));
    eventsAppended = true;
  }

  @Test
  void theCovenantOfAClusterShowsWhoSignedWhenAndThatItConcluded() {
    List<CovenantView> covenants =
        api()
            .awaitRead(
                "/api/covenants?year=2024&clusterId=" + CLUSTER,
                new TypeReference<List<CovenantView>>() {},
                list -> list.size() == 1 && list.get(0).concluded());

    CovenantView covenant = covenants.get(0);
    assertThat(covenant.covenantId()).isEqualTo(COVENANT);
    assertThat(covenant.pledges())
        .extracting(Pledge::unitId, Pledge::signedOn)
        .containsExactly(
            tuple("TAND-QN", LocalDate.parse("2024-01-18")),
            tuple("TAND-HP", LocalDate.parse("2024-01-20")));
    assertThat(covenant.pledges().get(0).registeredTitles())
        .containsExactly(Title.EXCELLENT_COLLECTIVE);
    assertThat(covenant.concludedOn()).isEqualTo("2024-01-20");
    assertThat(api().awaitRead("/api/covenants/" + COVENANT, CovenantView.class, view -> true))
        .isEqualTo(covenant);
  }

  @Test
  void anUnknownCovenantIsAProblem404() {
    Response response = api().get("/api/covenants/GU-NONE-" + RUN);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api().firstError(response).path("rule").asText())
        .isEqualTo("covenant-must-be-drafted");
  }

  @Test
  void aMalformedYearIsAProblem400NamingTheFilter() {
    Response response = api().get("/api/covenants?year=20x4");

    assertThat(response.status()).isEqualTo(400);
    assertThat(api().firstError(response).path("field").asText()).isEqualTo("year");
  }

  private static void sign(EventStoreWriter events, String unitId, String signedOn) {
    events.append(
        "Covenant",
        COVENANT,
        new PledgeSigned(
            COVENANT,
            CLUSTER,
            2024,
            unitId,
            "Chánh án " + unitId,
            "Chánh án",
            LocalDate.parse(signedOn),
            List.of(Title.EXCELLENT_COLLECTIVE)),
        actedBy("truongdonvi", unitId, "sign-" + RUN));
  }

  private ReadApi api() {
    return new ReadApi(port, json);
  }
}
