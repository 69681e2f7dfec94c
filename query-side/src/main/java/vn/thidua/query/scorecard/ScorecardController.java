package vn.thidua.query.scorecard;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.query.leaderboard.InvalidLedgerFilter;
import vn.thidua.query.leaderboard.LeaderboardAsOfController;
import vn.thidua.query.replay.AsOfReplays;

@RestController
public class ScorecardController {
  private final Scorecards scorecards;
  private final AsOfReplays replays;

  ScorecardController(Scorecards scorecards, AsOfReplays replays) {
    this.scorecards = scorecards;
    this.replays = replays;
  }

  /** The unit's figures in a campaign phase (or the whole campaign when no phase is given). */
  @GetMapping("/api/units/{unitId}/scorecard")
  public UnitScorecardView scorecard(
      @PathVariable String unitId,
      @RequestParam(required = false) String campaignId,
      @RequestParam(required = false) String phaseId) {
    if (campaignId == null || campaignId.isBlank()) {
      throw new InvalidLedgerFilter("campaignId", "required", "'campaignId' is required");
    }
    return scorecards.scorecard(
        unitId, campaignId, phaseId == null || phaseId.isBlank() ? null : phaseId);
  }

  /** The unit's scorecard as it stood at an instant, replayed from the events until then. */
  @GetMapping("/api/units/{unitId}/scorecard/as-of")
  public UnitScorecardView scorecardAsOf(
      @PathVariable String unitId,
      @RequestParam(required = false) String campaignId,
      @RequestParam(required = false) String phaseId,
      @RequestParam Instant at) {
    return replays.asOf(
        LeaderboardAsOfController.READ_MODEL, at, () -> scorecard(unitId, campaignId, phaseId));
  }
}
