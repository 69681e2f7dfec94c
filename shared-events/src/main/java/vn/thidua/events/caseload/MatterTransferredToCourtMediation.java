package vn.thidua.events.caseload;

import java.time.LocalDate;

public record MatterTransferredToCourtMediation(
    String mediationId, String unitId, LocalDate receivedOn, CaseType disputeType) {}
