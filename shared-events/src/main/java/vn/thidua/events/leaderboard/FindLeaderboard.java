package vn.thidua.events.leaderboard;

/** The standings of a campaign phase; a null phaseId asks for the whole campaign period. */
public record FindLeaderboard(String campaignId, String phaseId) {}
