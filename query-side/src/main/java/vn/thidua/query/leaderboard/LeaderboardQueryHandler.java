package vn.thidua.query.leaderboard;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import vn.thidua.events.leaderboard.FindLeaderboard;
import vn.thidua.events.leaderboard.LeaderboardRow;
import vn.thidua.events.leaderboard.LeaderboardView;

/**
 * The shared query {@link FindLeaderboard} (live streams, as-of replays): the live leaderboard,
 * ranked with the scoring table, in the shared view's shape (rank, counts, resolution rate).
 */
@Component
class LeaderboardQueryHandler {
  private final Leaderboards leaderboards;

  LeaderboardQueryHandler(Leaderboards leaderboards) {
    this.leaderboards = leaderboards;
  }

  @QueryHandler
  LeaderboardView handle(FindLeaderboard query) {
    LiveLeaderboardView live = leaderboards.find(query.campaignId(), query.phaseId(), null);
    return new LeaderboardView(
        live.campaignId(),
        live.campaignTitle(),
        live.phaseId(),
        live.phaseName(),
        live.startsOn(),
        live.endsOn(),
        live.rankedBy(),
        live.rows().stream()
            .map(
                row ->
                    new LeaderboardRow(
                        row.rank(),
                        row.unitId(),
                        row.unitName(),
                        row.accepted(),
                        row.resolved(),
                        row.resolutionRatePercent()))
            .toList());
  }
}
