package vn.thidua.query.cluster;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One cluster of one emulation year. Other read models (the per-cluster leaderboard) read this
 * collection by {@code _id}, so the field names {@code year}, {@code name}, {@code memberUnitIds},
 * {@code chairUnitId} and {@code deputyUnitId} are a contract.
 */
@Document(ClusterDocument.COLLECTION)
record ClusterDocument(
    @Id String clusterId,
    int year,
    String name,
    List<String> memberUnitIds,
    String chairUnitId,
    String deputyUnitId,
    Instant formedAt,
    List<LeadershipChangeEntry> leadershipChanges) {
  static final String COLLECTION = "clusters";

  ClusterView toView() {
    return new ClusterView(
        clusterId,
        year,
        name,
        memberUnitIds,
        chairUnitId,
        deputyUnitId,
        formedAt,
        leadershipChanges == null
            ? List.of()
            : leadershipChanges.stream().map(LeadershipChangeEntry::toView).toList());
  }

  /** A change as stored: its place in the cluster's event stream keeps redeliveries out. */
  record LeadershipChangeEntry(
      long sequence,
      String chairUnitId,
      String deputyUnitId,
      String previousChairUnitId,
      String previousDeputyUnitId,
      String reason,
      Instant changedAt) {
    LeadershipChange toView() {
      return new LeadershipChange(
          chairUnitId, deputyUnitId, previousChairUnitId, previousDeputyUnitId, reason, changedAt);
    }
  }
}
