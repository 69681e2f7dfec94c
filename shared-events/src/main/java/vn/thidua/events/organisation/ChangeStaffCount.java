package vn.thidua.events.organisation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The number of staff (judges, clerks and others) of a unit from a date on. */
public record ChangeStaffCount(
    @TargetAggregateIdentifier String unitId, int staff, LocalDate effectiveFrom) {}
