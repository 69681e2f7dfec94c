package vn.thidua.query.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.VoterKind;

/**
 * A secret ballot. While it is open only how many of the listed voters have voted is shown; the
 * tally per nomination ({@code results}) appears when it closes. Who voted how is never known to
 * the read side: the events do not carry it.
 */
public record BallotView(
    String ballotId,
    BallotStatus status,
    List<BallotItem> items,
    VoterKind voterKind,
    List<String> voters,
    LocalDate closesOn,
    int votesCast,
    Instant openedAt,
    LocalDate closedOn,
    List<BallotResult> results,
    Boolean passed) {}
