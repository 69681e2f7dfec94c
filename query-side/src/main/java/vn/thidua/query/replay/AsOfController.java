package vn.thidua.query.replay;

import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.leaderboard.FindLeaderboard;
import vn.thidua.events.leaderboard.LeaderboardView;
import vn.thidua.query.QueryClient;

/** What the leaderboard said at a given instant, replayed from the events recorded until then. */
@RestController
public class AsOfController {
  /** The processor (and read model) the leaderboards belong to. */
  static final String LEADERBOARD = "ledger";

  private final AsOfReplays replays;
  private final QueryClient queries;

  AsOfController(AsOfReplays replays, QueryClient queries) {
    this.replays = replays;
    this.queries = queries;
  }

  @GetMapping("/api/campaigns/{campaignId}/leaderboard/as-of")
  public LeaderboardView leaderboardAsOf(
      @PathVariable String campaignId,
      @RequestParam(required = false) String phaseId,
      @RequestParam Instant at) {
    return replays.asOf(
        LEADERBOARD,
        at,
        () ->
            queries.ask(
                new FindLeaderboard(campaignId, phaseId),
                ResponseTypes.instanceOf(LeaderboardView.class)));
  }
}
