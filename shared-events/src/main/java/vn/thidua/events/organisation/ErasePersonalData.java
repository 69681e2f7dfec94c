package vn.thidua.events.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases a staff member's personal data on their request (or a legal ground), with the reason. */
public record ErasePersonalData(@TargetAggregateIdentifier String staffId, String reason) {}
