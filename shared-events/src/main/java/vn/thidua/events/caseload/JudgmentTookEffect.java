package vn.thidua.events.caseload;

import java.time.LocalDate;

public record JudgmentTookEffect(
    String caseId, String unitId, CaseType caseType, LocalDate resolvedOn, LocalDate effectiveOn) {}
