package vn.thidua.query.leaderboard;

import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.leaderboard.UnknownCampaign;
import vn.thidua.events.leaderboard.UnknownPhase;
import vn.thidua.query.folding.FieldKeys;
import vn.thidua.query.folding.FoldingBatch;
import vn.thidua.scoring.ScoreCard;
import vn.thidua.scoring.ScoringTable;
import vn.thidua.scoring.UnitCounts;
import vn.thidua.scoring.UnitFigures;

/**
 * The read API of the live leaderboards (for the controller, the scorecard, live updates): one
 * document read by {@code _id} (plus the cluster's, by {@code _id}), ranked at read time with the
 * same engine as the frozen standings. A ranked view is reused while the board's version and
 * position (read alone, by {@code _id}) and the cluster's members stay the same.
 */
@Component
public class Leaderboards {
  /** Owned by the cluster read model: {@code _id = clusterId}, {@code memberUnitIds}. */
  static final String CLUSTERS = "clusters";

  /** Ranked views by board and cluster, kept while the board's version and members stay. */
  private final Map<String, RankedView> recent =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RankedView> eldest) {
              return size() > 256;
            }
          });

  private final MongoTemplate mongo;

  Leaderboards(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Like {@link #find}, but a view ranked less than {@code freshFor} ago is answered as it is,
   * without asking the store: under a burst of commands a wall screen polling the leaderboard gets
   * a view at most that old instead of queueing behind re-rankings. Live updates use {@link #find},
   * which never answers a stale view.
   */
  public LiveLeaderboardView findRecent(
      String campaignId, String phaseId, String clusterId, Duration freshFor) {
    RankedView cached = recent.get(Board.idOf(campaignId, phaseId) + "|" + clusterId);
    if (cached != null && System.nanoTime() - cached.rankedAtNanos() < freshFor.toNanos()) {
      return cached.view();
    }
    return find(campaignId, phaseId, clusterId);
  }

  /**
   * @param phaseId null for the whole campaign
   * @param clusterId null for all participants
   * @throws UnknownCampaign, UnknownPhase or UnknownLeaderboardCluster (404)
   */
  public LiveLeaderboardView find(String campaignId, String phaseId, String clusterId) {
    String id = Board.idOf(campaignId, phaseId);
    Document stamp =
        mongo
            .getCollection(BoardFields.COLLECTION)
            .find(Filters.eq("_id", id))
            .projection(new Document(FoldingBatch.VERSION, 1).append(FoldingBatch.POSITION, 1))
            .first();
    Set<String> members = stamp == null || clusterId == null ? null : membersOf(clusterId);
    String key = id + "|" + clusterId;
    RankedView cached = recent.get(key);
    if (cached != null
        && stamp != null
        && cached.stamp().equals(stamp)
        && Objects.equals(cached.members(), members)) {
      return cached.view();
    }
    LiveLeaderboardView view = rank(campaignId, phaseId, clusterId, members);
    if (stamp != null) {
      // the stamp read before the board: at worst the next read ranks again
      recent.put(key, new RankedView(stamp, members, view, System.nanoTime()));
    }
    return view;
  }

  private LiveLeaderboardView rank(
      String campaignId, String phaseId, String clusterId, Set<String> members) {
    Document board = byId(BoardFields.COLLECTION, Board.idOf(campaignId, phaseId));
    if (board == null) {
      throw phaseId != null && byId(BoardFields.COLLECTION, Board.idOf(campaignId, null)) != null
          ? new UnknownPhase(campaignId, phaseId)
          : new UnknownCampaign(campaignId);
    }
    if (clusterId != null && members == null) {
      members = membersOf(clusterId);
    }
    LocalDate startsOn = LocalDate.parse(board.getString("startsOn"));
    LocalDate endsOn = LocalDate.parse(board.getString("endsOn"));
    Period period = new Period(startsOn, endsOn);
    Map<String, UnitCounts> counts = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    List<UnitFigures> figures = new ArrayList<>();
    Document rows = board.get(BoardFields.ROWS, Document.class);
    if (rows != null) {
      for (Map.Entry<String, Object> entry : rows.entrySet()) {
        String unitId = FieldKeys.unescape(entry.getKey());
        if (members != null && !members.contains(unitId)) {
          continue;
        }
        Document row = (Document) entry.getValue();
        UnitCounts unitCounts = BoardFields.countsOf(row).toUnitCounts(period);
        counts.put(unitId, unitCounts);
        names.put(unitId, row.getString(BoardFields.NAME));
        figures.add(UnitFigures.of(unitId, unitCounts));
      }
    }
    ScoringTable table = ScoringTables.fromDocument(board.get(BoardFields.TABLE, Document.class));
    List<LiveLeaderboardRow> ranked = new ArrayList<>();
    for (FrozenStanding standing : ScoreCard.rank(table, figures)) {
      ranked.add(
          new LiveLeaderboardRow(
              standing.rank(),
              standing.unitId(),
              names.get(standing.unitId()),
              standing.accepted(),
              standing.resolved(),
              standing.resolutionRate(),
              standing.score(),
              standing.criteriaPoints(),
              standing.bonus(),
              standing.penalty(),
              standing.figures(),
              standing.adjustments(),
              standing.failedGates(),
              standing.uncheckedGates(),
              counts.get(standing.unitId())));
    }
    Number version = board.get(FoldingBatch.VERSION, Number.class);
    return new LiveLeaderboardView(
        board.getString("campaignId"),
        board.getString("campaignTitle"),
        board.getString("phaseId"),
        board.getString("phaseName"),
        clusterId,
        startsOn,
        endsOn,
        LiveLeaderboardView.RANKED_BY,
        version == null ? 0 : version.longValue(),
        List.copyOf(ranked));
  }

  /** The board's {@code version} alone, for pollers; -1 when there is no such board. */
  public long versionOf(String campaignId, String phaseId) {
    Document board =
        mongo
            .getCollection(BoardFields.COLLECTION)
            .find(Filters.eq("_id", Board.idOf(campaignId, phaseId)))
            .projection(new Document(FoldingBatch.VERSION, 1))
            .first();
    if (board == null) {
      return -1;
    }
    Number version = board.get(FoldingBatch.VERSION, Number.class);
    return version == null ? 0 : version.longValue();
  }

  /** {@code stamp}: the board's version and position (a replay starts the version again). */
  private record RankedView(
      Document stamp, Set<String> members, LiveLeaderboardView view, long rankedAtNanos) {}

  private Set<String> membersOf(String clusterId) {
    Document cluster = byId(CLUSTERS, clusterId);
    if (cluster == null) {
      throw new UnknownLeaderboardCluster(clusterId);
    }
    return new HashSet<>(cluster.getList("memberUnitIds", String.class, List.of()));
  }

  private Document byId(String collection, String id) {
    return mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
  }
}
