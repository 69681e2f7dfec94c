package vn.thidua.events.recognition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseBallot(@TargetAggregateIdentifier String ballotId) {}
