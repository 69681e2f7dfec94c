package vn.thidua.query.live;

import org.springframework.stereotype.Component;
import vn.thidua.events.leaderboard.LeaderboardRow;
import vn.thidua.events.leaderboard.LeaderboardView;

/**
 * Where the scorecard stream reads a unit's figures: today its row of the campaign period's
 * leaderboard, the one place to switch to the scorecard read model once it exists. Scorecards are
 * computed from the same leaderboard document, so the stream watches that document's version.
 */
@Component
class ScorecardSource {
  private final LeaderboardSource leaderboards;

  ScorecardSource(LeaderboardSource leaderboards) {
    this.leaderboards = leaderboards;
  }

  static String documentId(String campaignId, String phaseId) {
    return LeaderboardSource.documentId(campaignId, phaseId);
  }

  LiveScorecard find(String unitId, String campaignId, String phaseId) {
    LeaderboardView leaderboard = leaderboards.find(campaignId, phaseId, null);
    LeaderboardRow standing =
        leaderboard.rows().stream()
            .filter(row -> row.unitId().equals(unitId))
            .findFirst()
            .orElseThrow(() -> new UnitNotInCampaign(unitId, campaignId));
    return LiveScorecard.of(leaderboard, standing);
  }
}
