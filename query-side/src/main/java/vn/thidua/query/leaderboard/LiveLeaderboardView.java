package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The live standings of a campaign phase (or, phaseId null, the whole campaign), of all its
 * participants or (clusterId set) of one cluster's members, ranked with the campaign's scoring
 * table as the frozen standings will be. {@code version} grows with every change.
 */
public record LiveLeaderboardView(
    String campaignId,
    String campaignTitle,
    String phaseId,
    String phaseName,
    String clusterId,
    LocalDate startsOn,
    LocalDate endsOn,
    String rankedBy,
    long version,
    List<LiveLeaderboardRow> rows) {
  public static final String RANKED_BY = "SCORE (then RESOLUTION_RATE, then unitId)";
}
