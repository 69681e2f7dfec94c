package vn.thidua.events.recognition;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenBallot(
    @TargetAggregateIdentifier String ballotId,
    List<String> nominationIds,
    VoterKind voterKind,
    List<String> voters,
    LocalDate closesOn) {}
