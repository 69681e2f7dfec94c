package vn.thidua.query.live;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.events.leaderboard.FindLeaderboard;
import vn.thidua.events.leaderboard.LeaderboardRow;
import vn.thidua.events.leaderboard.LeaderboardView;
import vn.thidua.query.QueryClient;

/**
 * Where the live streams read a leaderboard: the same query path as GET
 * /api/campaigns/{id}/leaderboard, so a stream never shows other figures than a plain read. The
 * single place to switch to {@code Leaderboards#find(campaignId, phaseId, clusterId)} once the
 * leaderboard read model offers it; until then a cluster's leaderboard is the campaign's one cut
 * down to the cluster's members.
 */
@Component
class LeaderboardSource {
  private static final String CLUSTERS = "clusters";
  private static final String MEMBER_UNIT_IDS = "memberUnitIds";

  private final QueryClient queries;
  private final MongoTemplate mongo;

  LeaderboardSource(QueryClient queries, MongoTemplate mongo) {
    this.queries = queries;
    this.mongo = mongo;
  }

  /** The leaderboard document a view is computed from; its changes are what the streams watch. */
  static String documentId(String campaignId, String phaseId) {
    return campaignId + "/" + (phaseId == null ? "*" : phaseId);
  }

  LeaderboardView find(String campaignId, String phaseId, String clusterId) {
    LeaderboardView leaderboard =
        queries.ask(
            new FindLeaderboard(campaignId, phaseId),
            ResponseTypes.instanceOf(LeaderboardView.class));
    return clusterId == null ? leaderboard : ofCluster(leaderboard, clusterId);
  }

  private LeaderboardView ofCluster(LeaderboardView leaderboard, String clusterId) {
    Set<String> members = membersOf(clusterId);
    List<LeaderboardRow> rows = new ArrayList<>();
    for (LeaderboardRow row : leaderboard.rows()) {
      if (members.contains(row.unitId())) {
        rows.add(
            new LeaderboardRow(
                rows.size() + 1,
                row.unitId(),
                row.unitName(),
                row.accepted(),
                row.resolved(),
                row.resolutionRatePercent()));
      }
    }
    return new LeaderboardView(
        leaderboard.campaignId(),
        leaderboard.campaignTitle(),
        leaderboard.phaseId(),
        leaderboard.phaseName(),
        leaderboard.startsOn(),
        leaderboard.endsOn(),
        leaderboard.rankedBy(),
        rows);
  }

  private Set<String> membersOf(String clusterId) {
    Document cluster = mongo.getCollection(CLUSTERS).find(eq("_id", clusterId)).first();
    if (cluster == null) {
      throw new ClusterNotFound(clusterId);
    }
    return new HashSet<>(cluster.getList(MEMBER_UNIT_IDS, String.class, List.of()));
  }
}
