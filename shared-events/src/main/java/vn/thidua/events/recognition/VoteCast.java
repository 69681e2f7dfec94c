package vn.thidua.events.recognition;

/**
 * That a voter voted, and how many have voted so far. Deliberately without the choices: they go
 * into the ballot box, which keeps only counts, so no event or query links a voter to a choice.
 */
public record VoteCast(String ballotId, String voterId, int votesCast) {}
