package vn.thidua.events.recognition;

import java.time.LocalDate;
import java.util.List;

/** The ballot is closed; the tally becomes public. {@code passed} when every nomination passed. */
public record BallotClosed(
    String ballotId,
    LocalDate closedOn,
    int voters,
    int votesCast,
    List<BallotResult> results,
    boolean passed) {}
