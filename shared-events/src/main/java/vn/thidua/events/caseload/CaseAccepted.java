package vn.thidua.events.caseload;

import java.time.LocalDate;

/**
 * A case was accepted (thụ lý). {@code statutoryDeadline} is the last day the law allows for
 * resolving it, fixed at acceptance from the configuration then in force, so a later change of the
 * time limits does not rewrite history; it is null in events recorded before it was introduced.
 */
public record CaseAccepted(
    String caseId,
    String unitId,
    CaseType caseType,
    LocalDate acceptedOn,
    boolean carriedOver,
    LocalDate statutoryDeadline) {}
