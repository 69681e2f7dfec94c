package vn.thidua.query.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.events.organisation.ClusterFormed;
import vn.thidua.events.organisation.ClusterLeadershipChanged;
import vn.thidua.events.organisation.ClusterNotFound;
import vn.thidua.query.ThrowawayMongo;

class ClusterDirectoryProjectionTest {
  private static final Instant FORMED_AT = Instant.parse("2023-10-05T02:00:00Z");
  private static final Instant CHANGED_AT = Instant.parse("2024-03-01T02:00:00Z");
  private static final ClusterFormed CLUSTER_IV =
      new ClusterFormed(
          "CUM-IV-2024",
          2024,
          "Cụm thi đua số IV",
          List.of("TAND-QN", "TAND-HP", "TAND-HD"),
          "TAND-QN",
          "TAND-HP");
  private static final ClusterLeadershipChanged HAI_PHONG_CHAIRS =
      new ClusterLeadershipChanged(
          "CUM-IV-2024", 2024, "TAND-HP", "TAND-HD", "Luân phiên cụm trưởng");

  private MongoTemplate mongo;
  private ClusterDirectoryProjection projection;

  @BeforeEach
  void freshDatabase() {
    mongo = ThrowawayMongo.newDatabase();
    projection = new ClusterDirectoryProjection(mongo);
  }

  @Test
  void aFormedClusterIsFoundWithItsMembersAndLeaders() {
    projection.on(CLUSTER_IV, FORMED_AT);

    assertThat(projection.handle(new FindCluster("CUM-IV-2024")))
        .isEqualTo(
            new ClusterView(
                "CUM-IV-2024",
                2024,
                "Cụm thi đua số IV",
                List.of("TAND-QN", "TAND-HP", "TAND-HD"),
                "TAND-QN",
                "TAND-HP",
                FORMED_AT,
                List.of()));
  }

  /** The per-cluster leaderboard reads these raw fields by _id: they are a contract. */
  @Test
  void theDocumentKeepsTheFieldNamesOtherReadModelsRely() {
    projection.on(CLUSTER_IV, FORMED_AT);

    Document raw = mongo.getCollection("clusters").find(new Document("_id", "CUM-IV-2024")).first();

    assertThat(raw)
        .containsEntry("year", 2024)
        .containsEntry("name", "Cụm thi đua số IV")
        .containsEntry("memberUnitIds", List.of("TAND-QN", "TAND-HP", "TAND-HD"))
        .containsEntry("chairUnitId", "TAND-QN")
        .containsEntry("deputyUnitId", "TAND-HP");
  }

  @Test
  void aLeadershipChangeIsRecordedOnceWithWhomItReplaced() {
    projection.on(CLUSTER_IV, FORMED_AT);
    projection.on(HAI_PHONG_CHAIRS, 1, CHANGED_AT);
    projection.on(HAI_PHONG_CHAIRS, 1, CHANGED_AT);

    ClusterView cluster = projection.handle(new FindCluster("CUM-IV-2024"));

    assertThat(cluster.chairUnitId()).isEqualTo("TAND-HP");
    assertThat(cluster.deputyUnitId()).isEqualTo("TAND-HD");
    assertThat(cluster.leadershipChanges())
        .containsExactly(
            new LeadershipChange(
                "TAND-HP", "TAND-HD", "TAND-QN", "TAND-HP", "Luân phiên cụm trưởng", CHANGED_AT));
  }

  @Test
  void aRedeliveredFormationKeepsTheLaterLeaders() {
    projection.on(CLUSTER_IV, FORMED_AT);
    projection.on(HAI_PHONG_CHAIRS, 1, CHANGED_AT);
    projection.on(CLUSTER_IV, FORMED_AT);

    ClusterView cluster = projection.handle(new FindCluster("CUM-IV-2024"));
    assertThat(cluster.chairUnitId()).isEqualTo("TAND-HP");
    assertThat(cluster.leadershipChanges()).hasSize(1);
  }

  @Test
  void clustersAreFilteredByYearAndMemberLatestYearFirst() {
    projection.on(CLUSTER_IV, FORMED_AT);
    projection.on(
        new ClusterFormed(
            "CUM-IV-2025",
            2025,
            "Cụm thi đua số IV",
            List.of("TAND-QN", "TAND-BN"),
            "TAND-BN",
            "TAND-QN"),
        FORMED_AT);
    projection.on(
        new ClusterFormed(
            "CUM-I-2025",
            2025,
            "Cụm thi đua số I",
            List.of("TAND-HN", "TAND-VP"),
            "TAND-HN",
            "TAND-VP"),
        FORMED_AT);

    assertThat(projection.handle(new FindClusters(null, null)))
        .extracting(ClusterView::clusterId)
        .containsExactly("CUM-I-2025", "CUM-IV-2025", "CUM-IV-2024");
    assertThat(projection.handle(new FindClusters(2025, null)))
        .extracting(ClusterView::clusterId)
        .containsExactly("CUM-I-2025", "CUM-IV-2025");
    assertThat(projection.handle(new FindClusters(null, "TAND-QN")))
        .extracting(ClusterView::clusterId)
        .containsExactly("CUM-IV-2025", "CUM-IV-2024");
    assertThat(projection.handle(new FindClusters(2023, null))).isEmpty();
  }

  @Test
  void anUnknownClusterIsNotFound() {
    assertThatThrownBy(() -> projection.handle(new FindCluster("CUM-X")))
        .isInstanceOf(ClusterNotFound.class);
  }

  @Test
  void aResetEmptiesTheDirectory() {
    projection.on(CLUSTER_IV, FORMED_AT);
    projection.reset();

    assertThat(projection.handle(new FindClusters(null, null))).isEmpty();
  }
}
