package vn.thidua.query.live;

import org.springframework.stereotype.Component;
import vn.thidua.query.leaderboard.Leaderboards;
import vn.thidua.query.leaderboard.LiveLeaderboardView;

/**
 * Where the live streams read a leaderboard: the same read API as GET
 * /api/campaigns/{id}/leaderboard, so a stream shows the same figures and breakdown as a plain
 * read, per cluster too.
 */
@Component
class LeaderboardSource {
  private final Leaderboards leaderboards;

  LeaderboardSource(Leaderboards leaderboards) {
    this.leaderboards = leaderboards;
  }

  /** The leaderboard document a view is computed from; its changes are what the streams watch. */
  static String documentId(String campaignId, String phaseId) {
    return campaignId + "/" + (phaseId == null ? "*" : phaseId);
  }

  LiveLeaderboardView find(String campaignId, String phaseId, String clusterId) {
    return leaderboards.find(campaignId, phaseId, clusterId);
  }
}
