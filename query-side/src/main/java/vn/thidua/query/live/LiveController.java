package vn.thidua.query.live;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events: the current leaderboard or scorecard first, then the view again after every
 * change, whichever query-side instance's processor made it. Comment lines keep idle streams open.
 */
@RestController
public class LiveController {
  private static final String LEADERBOARD = "leaderboard";
  private static final String SCORECARD = "scorecard";

  private final LiveHub hub;
  private final LeaderboardSource leaderboards;
  private final ScorecardSource scorecards;

  LiveController(LiveHub hub, LeaderboardSource leaderboards, ScorecardSource scorecards) {
    this.hub = hub;
    this.leaderboards = leaderboards;
    this.scorecards = scorecards;
  }

  /** A phase's leaderboard (the whole campaign's without phaseId), or a cluster's part of it. */
  @GetMapping(
      path = "/api/campaigns/{campaignId}/leaderboard/stream",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter leaderboard(
      @PathVariable String campaignId,
      @RequestParam(required = false) String phaseId,
      @RequestParam(required = false) String clusterId) {
    String phase = blankToNull(phaseId);
    String cluster = blankToNull(clusterId);
    String document = LeaderboardSource.documentId(campaignId, phase);
    return hub.open(
        new LiveSubject(
            LEADERBOARD + "|" + document + "|" + cluster,
            LEADERBOARD,
            document,
            () -> leaderboards.find(campaignId, phase, cluster)));
  }

  /** One unit's figures and rank in a campaign's phase (or the whole campaign). */
  @GetMapping(
      path = "/api/units/{unitId}/scorecard/stream",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter scorecard(
      @PathVariable String unitId,
      @RequestParam String campaignId,
      @RequestParam(required = false) String phaseId) {
    String phase = blankToNull(phaseId);
    String document = ScorecardSource.documentId(campaignId, phase);
    return hub.open(
        new LiveSubject(
            SCORECARD + "|" + document + "|" + unitId,
            SCORECARD,
            document,
            () -> scorecards.find(unitId, campaignId, phase)));
  }

  /** {@code ?phaseId=} is the same as no phaseId: the whole campaign. */
  private static String blankToNull(String parameter) {
    return parameter == null || parameter.isBlank() ? null : parameter;
  }
}
