package vn.thidua.query.cluster;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.events.organisation.ClusterFormed;
import vn.thidua.events.organisation.ClusterLeadershipChanged;
import vn.thidua.events.organisation.ClusterNotFound;
import vn.thidua.query.cluster.ClusterDocument.LeadershipChangeEntry;

@Component
@ProcessingGroup(ClusterDirectoryProjection.PROCESSING_GROUP)
class ClusterDirectoryProjection {
  static final String PROCESSING_GROUP = "cluster-directory";
  private static final Sort LATEST_YEAR_FIRST =
      Sort.by(Sort.Order.desc("year"), Sort.Order.asc("_id"));

  private final MongoTemplate mongo;

  ClusterDirectoryProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The leaders only on insert: redelivered, formation must not undo a later change. */
  @EventHandler
  void on(ClusterFormed event, @Timestamp Instant formedAt) {
    mongo.upsert(
        query(where("_id").is(event.clusterId())),
        new Update()
            .set("year", event.emulationYear())
            .set("name", event.name())
            .set("memberUnitIds", event.memberUnitIds())
            .set("formedAt", formedAt)
            .setOnInsert("chairUnitId", event.chairUnitId())
            .setOnInsert("deputyUnitId", event.deputyUnitId())
            .setOnInsert("leadershipChanges", List.of()),
        ClusterDocument.class);
  }

  /** Recorded once per event (by its sequence in the cluster's stream), with whom it replaced. */
  @EventHandler
  void on(
      ClusterLeadershipChanged event, @SequenceNumber long sequence, @Timestamp Instant changedAt) {
    ClusterDocument cluster = mongo.findById(event.clusterId(), ClusterDocument.class);
    if (cluster == null || alreadyRecorded(cluster, sequence)) {
      return;
    }
    LeadershipChangeEntry change =
        new LeadershipChangeEntry(
            sequence,
            event.chairUnitId(),
            event.deputyUnitId(),
            cluster.chairUnitId(),
            cluster.deputyUnitId(),
            event.reason(),
            changedAt);
    mongo.updateFirst(
        query(where("_id").is(event.clusterId()))
            .addCriteria(where("leadershipChanges.sequence").ne(sequence)),
        new Update()
            .set("chairUnitId", event.chairUnitId())
            .set("deputyUnitId", event.deputyUnitId())
            .push("leadershipChanges", change),
        ClusterDocument.class);
  }

  private static boolean alreadyRecorded(ClusterDocument cluster, long sequence) {
    return cluster.leadershipChanges() != null
        && cluster.leadershipChanges().stream().anyMatch(change -> change.sequence() == sequence);
  }

  @ResetHandler
  void reset() {
    mongo.remove(new Query(), ClusterDocument.class);
  }

  /** Clusters are few (a few dozen a year), so filtering by year or member reads them all. */
  @QueryHandler
  List<ClusterView> handle(FindClusters query) {
    Query filter = new Query().with(LATEST_YEAR_FIRST);
    if (query.year() != null) {
      filter.addCriteria(where("year").is(query.year()));
    }
    if (query.unitId() != null) {
      filter.addCriteria(where("memberUnitIds").is(query.unitId()));
    }
    return mongo.find(filter, ClusterDocument.class).stream().map(ClusterDocument::toView).toList();
  }

  @QueryHandler
  ClusterView handle(FindCluster query) {
    ClusterDocument cluster = mongo.findById(query.clusterId(), ClusterDocument.class);
    if (cluster == null) {
      throw new ClusterNotFound(query.clusterId());
    }
    return cluster.toView();
  }
}
