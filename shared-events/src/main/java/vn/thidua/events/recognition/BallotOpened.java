package vn.thidua.events.recognition;

import java.time.LocalDate;
import java.util.List;

public record BallotOpened(
    String ballotId,
    List<BallotItem> items,
    VoterKind voterKind,
    List<String> voters,
    LocalDate closesOn) {}
