package vn.thidua.query.organisation;

import java.time.LocalDate;
import vn.thidua.events.organisation.StaffRole;

/**
 * A registered staff member at their current unit. {@code fullName} is personal data: after an
 * erasure it reads {@code [đã xoá theo yêu cầu]} and {@code nameErased} is true.
 */
public record StaffView(
    String staffId,
    String fullName,
    boolean nameErased,
    StaffRole role,
    String unitId,
    LocalDate registeredOn) {}
