package vn.thidua.events.recognition;

/** One nomination on the ballot paper, with the threshold its title requires. */
public record BallotItem(String nominationId, Title title, VoteThreshold threshold) {}
