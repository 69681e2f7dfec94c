package vn.thidua.events.organisation;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a staff member to another unit (điều động, luân chuyển) from a date on. */
public record TransferStaffMember(
    @TargetAggregateIdentifier String staffId, String toUnitId, LocalDate effectiveOn) {}
