package vn.thidua.events.organisation;

import java.time.LocalDate;

/** Carries the only copy of the person's name; {@code registeredOn} is the day it was recorded. */
public record StaffMemberRegistered(
    String staffId, String fullName, StaffRole role, String unitId, LocalDate registeredOn) {}
