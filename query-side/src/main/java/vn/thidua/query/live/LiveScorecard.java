package vn.thidua.query.live;

import java.time.LocalDate;
import vn.thidua.events.leaderboard.LeaderboardRow;
import vn.thidua.events.leaderboard.LeaderboardView;

/**
 * One unit's figures and rank in a campaign period, as its scorecard stream sends them: its row of
 * the leaderboard, with how many units it is ranked among.
 */
record LiveScorecard(
    String campaignId,
    String campaignTitle,
    String phaseId,
    String phaseName,
    LocalDate startsOn,
    LocalDate endsOn,
    String rankedBy,
    int participants,
    LeaderboardRow standing) {

  static LiveScorecard of(LeaderboardView leaderboard, LeaderboardRow standing) {
    return new LiveScorecard(
        leaderboard.campaignId(),
        leaderboard.campaignTitle(),
        leaderboard.phaseId(),
        leaderboard.phaseName(),
        leaderboard.startsOn(),
        leaderboard.endsOn(),
        leaderboard.rankedBy(),
        leaderboard.rows().size(),
        standing);
  }
}
