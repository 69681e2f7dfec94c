package vn.thidua.events.recognition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Proposes a unit or a person for a title in an emulation year. {@code basis} cites the frozen
 * standings the gates read; {@code facts} carries what the system does not know yet.
 */
public record Nominate(
    @TargetAggregateIdentifier String nominationId,
    Title title,
    int emulationYear,
    Nominee nominee,
    StandingsBasis basis,
    NominationFacts facts) {}
