package vn.thidua.query.live;

import org.springframework.stereotype.Component;
import vn.thidua.query.scorecard.Scorecards;
import vn.thidua.query.scorecard.UnitScorecardView;

/**
 * Where the scorecard stream reads a unit's scorecard: the scorecard view itself. Scorecards are
 * computed from the campaign period's leaderboard document and the unit's ledger; the stream
 * watches that leaderboard document's version, which moves whenever the unit's counts do.
 */
@Component
class ScorecardSource {
  private final Scorecards scorecards;

  ScorecardSource(Scorecards scorecards) {
    this.scorecards = scorecards;
  }

  static String documentId(String campaignId, String phaseId) {
    return LeaderboardSource.documentId(campaignId, phaseId);
  }

  UnitScorecardView find(String unitId, String campaignId, String phaseId) {
    return scorecards.scorecard(unitId, campaignId, phaseId);
  }
}
