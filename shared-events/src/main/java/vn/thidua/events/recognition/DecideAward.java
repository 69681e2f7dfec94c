package vn.thidua.events.recognition;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DecideAward(
    @TargetAggregateIdentifier String nominationId,
    String decisionNumber,
    LocalDate decidedOn,
    String signer) {}
