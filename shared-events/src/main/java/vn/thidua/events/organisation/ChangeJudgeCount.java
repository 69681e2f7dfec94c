package vn.thidua.events.organisation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeJudgeCount(
    @TargetAggregateIdentifier String unitId, int judges, LocalDate effectiveFrom) {}
