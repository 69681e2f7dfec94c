package vn.thidua.events.organisation;

import java.time.LocalDate;

public record StaffMemberTransferred(
    String staffId, String fromUnitId, String toUnitId, LocalDate effectiveOn) {}
