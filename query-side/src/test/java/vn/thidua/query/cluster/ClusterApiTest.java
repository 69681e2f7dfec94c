package vn.thidua.query.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import vn.thidua.events.organisation.ClusterFormed;
import vn.thidua.events.organisation.ClusterLeadershipChanged;
import vn.thidua.query.ApiClient.Response;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;
import vn.thidua.query.ReadApi;

/** Clusters over HTTP, from events appended to the event store as the command side would. */
class ClusterApiTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String CLUSTER = "CUM-IV-" + RUN;
  private static final int YEAR = 2900 + (int) (Math.random() * 99);
  private static boolean eventsAppended;

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired ObjectMapper json;

  @BeforeEach
  void appendTheClusterOnce() {
    if (eventsAppended) {
      return;
    }
    EventStoreWriter events = new EventStoreWriter(storage);
    MetaData admin = actedBy("quantri", "TANDTC", "clusters-" + RUN);
    events.append(
        "Cluster",
        CLUSTER,
        new ClusterFormed(
            CLUSTER,
            YEAR,
            "Cụm thi đua số IV",
            List.of("TAND-QN", "TAND-HP", "TAND-HD"),
            "TAND-QN",
            "TAND-HP"),
        admin);
    events.append(
        "Cluster",
        CLUSTER,
        new ClusterLeadershipChanged(CLUSTER, YEAR, "TAND-HP", "TAND-HD", "Luân phiên"),
        admin);
    eventsAppended = true;
  }

  @Test
  void theClustersOfAYearAreListedWithTheirCurrentLeaders() {
    List<ClusterView> clusters =
        api()
            .awaitRead(
                "/api/clusters?year=" + YEAR,
                new TypeReference<List<ClusterView>>() {},
                list -> list.size() == 1 && !list.get(0).leadershipChanges().isEmpty());

    ClusterView cluster = clusters.get(0);
    assertThat(cluster.clusterId()).isEqualTo(CLUSTER);
    assertThat(cluster.memberUnitIds()).containsExactly("TAND-QN", "TAND-HP", "TAND-HD");
    assertThat(cluster.chairUnitId()).isEqualTo("TAND-HP");
    assertThat(cluster.leadershipChanges())
        .extracting(LeadershipChange::previousChairUnitId, LeadershipChange::reason)
        .containsExactly(tuple("TAND-QN", "Luân phiên"));
    assertThat(api().awaitRead("/api/clusters/" + CLUSTER, ClusterView.class, view -> true).year())
        .isEqualTo(YEAR);
  }

  @Test
  void anUnknownClusterIsAProblem404() {
    Response response = api().get("/api/clusters/CUM-NONE-" + RUN);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api().firstError(response).path("rule").asText())
        .isEqualTo("cluster-must-be-formed");
  }

  @Test
  void aYearThatIsNotAYearIsAProblem400NamingTheFilter() {
    Response response = api().get("/api/clusters?year=abc");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api().firstError(response).path("field").asText()).isEqualTo("year");
  }

  private ReadApi api() {
    return new ReadApi(port, json);
  }
}
