package vn.thidua.query.leaderboard;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.query.replay.AsOfReplays;

/** What a leaderboard said at a given instant, replayed from the events recorded until then. */
@RestController
public class LeaderboardAsOfController {
  /** The processor (and read model) the leaderboards belong to. */
  public static final String READ_MODEL = "ledger";

  private final AsOfReplays replays;
  private final Leaderboards leaderboards;

  LeaderboardAsOfController(AsOfReplays replays, Leaderboards leaderboards) {
    this.replays = replays;
    this.leaderboards = leaderboards;
  }

  @GetMapping("/api/campaigns/{campaignId}/leaderboard/as-of")
  public LiveLeaderboardView leaderboardAsOf(
      @PathVariable String campaignId,
      @RequestParam(required = false) String phaseId,
      @RequestParam(required = false) String clusterId,
      @RequestParam Instant at) {
    return replays.asOf(
        READ_MODEL,
        at,
        () -> leaderboards.find(campaignId, blankToNull(phaseId), blankToNull(clusterId)));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
