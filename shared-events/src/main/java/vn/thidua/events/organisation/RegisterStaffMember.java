package vn.thidua.events.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person who works at a court unit. The full name is personal data: it appears only in this
 * command and its event, never in other messages or lookup tables.
 */
public record RegisterStaffMember(
    @TargetAggregateIdentifier String staffId, String fullName, StaffRole role, String unitId) {}
