package vn.thidua.events.organisation;

import java.time.LocalDate;

public record StaffCountChanged(String unitId, int staff, LocalDate effectiveFrom) {}
