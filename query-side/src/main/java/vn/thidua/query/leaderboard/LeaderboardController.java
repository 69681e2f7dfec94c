package vn.thidua.query.leaderboard;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.leaderboard.FindLeaderboard;
import vn.thidua.events.leaderboard.LeaderboardView;
import vn.thidua.query.QueryClient;

@RestController
public class LeaderboardController {
  private final QueryClient queries;

  LeaderboardController(QueryClient queries) {
    this.queries = queries;
  }

  /** The standings of one phase, or of the whole campaign period when no phase is given. */
  @GetMapping("/api/campaigns/{campaignId}/leaderboard")
  public LeaderboardView leaderboard(
      @PathVariable String campaignId, @RequestParam(required = false) String phaseId) {
    return queries.ask(
        new FindLeaderboard(campaignId, phaseId), ResponseTypes.instanceOf(LeaderboardView.class));
  }
}
