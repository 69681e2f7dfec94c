package vn.thidua.query.leaderboard;

/** One leaderboard of a campaign: a phase, or (phaseId null) the whole campaign. */
record Board(String boardId, String phaseId, Period period) {
  /**
   * Campaign and phase ids never contain a slash or an asterisk, so {@code campaign/*} (the whole
   * campaign) can never collide with a phase, not even one called "all".
   */
  static String idOf(String campaignId, String phaseId) {
    return campaignId + "/" + (phaseId == null ? "*" : phaseId);
  }
}
