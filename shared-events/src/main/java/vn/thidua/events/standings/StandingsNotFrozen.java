package vn.thidua.events.standings;

import vn.thidua.events.problem.NotFound;

/** The phase exists but its standings are not frozen yet, so there is nothing to show. */
public class StandingsNotFrozen extends NotFound {
  public StandingsNotFrozen(String campaignId, String phaseId) {
    super(
        "phaseId",
        "standings-must-be-frozen",
        "The standings of phase '"
            + phaseId
            + "' of campaign '"
            + campaignId
            + "' are not frozen yet");
  }
}
