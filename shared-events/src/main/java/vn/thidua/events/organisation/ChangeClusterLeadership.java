package vn.thidua.events.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeClusterLeadership(
    @TargetAggregateIdentifier String clusterId,
    String chairUnitId,
    String deputyUnitId,
    String reason) {}
