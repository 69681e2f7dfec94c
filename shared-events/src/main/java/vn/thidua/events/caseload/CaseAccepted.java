package vn.thidua.events.caseload;

import java.time.LocalDate;

public record CaseAccepted(
    String caseId, String unitId, CaseType caseType, LocalDate acceptedOn, boolean carriedOver) {}
