package vn.thidua.query.scorecard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.query.leaderboard.InvalidLedgerFilter;

@RestController
public class ScorecardController {
  private final Scorecards scorecards;

  ScorecardController(Scorecards scorecards) {
    this.scorecards = scorecards;
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
}
