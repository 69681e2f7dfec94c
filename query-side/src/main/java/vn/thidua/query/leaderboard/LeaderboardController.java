package vn.thidua.query.leaderboard;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LeaderboardController {
  private final Leaderboards leaderboards;
  private final Duration freshFor;

  LeaderboardController(
      Leaderboards leaderboards,
      @Value("${thidua.leaderboard.fresh-for:250ms}") Duration freshFor) {
    this.leaderboards = leaderboards;
    this.freshFor = freshFor;
  }

  /**
   * The live standings of one phase, or of the whole campaign period when no phase is given; of one
   * cluster's members when a cluster is given.
   */
  @GetMapping("/api/campaigns/{campaignId}/leaderboard")
  public LiveLeaderboardView leaderboard(
      @PathVariable String campaignId,
      @RequestParam(required = false) String phaseId,
      @RequestParam(required = false) String clusterId) {
    return leaderboards.findRecent(
        campaignId, blankToNull(phaseId), blankToNull(clusterId), freshFor);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
