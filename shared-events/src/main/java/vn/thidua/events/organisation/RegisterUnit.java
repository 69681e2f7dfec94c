package vn.thidua.events.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterUnit(
    @TargetAggregateIdentifier String unitId,
    String name,
    CourtLevel level,
    String parentUnitId,
    int judges) {}
