package vn.thidua.events.caseload;

import java.time.LocalDate;

/** Carries the unit, dispute type and receipt date so projections need no lookup. */
public record CourtMediationOutcomeRecorded(
    String mediationId,
    String unitId,
    CaseType disputeType,
    LocalDate receivedOn,
    LocalDate concludedOn,
    CourtMediationOutcome outcome) {}
