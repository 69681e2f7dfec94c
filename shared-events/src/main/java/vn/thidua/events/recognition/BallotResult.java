package vn.thidua.events.recognition;

/** The public tally of one nomination, against all listed voters. */
public record BallotResult(
    String nominationId,
    int votesFor,
    int votesAgainst,
    int abstentions,
    int voters,
    VoteThreshold threshold,
    boolean passed) {}
