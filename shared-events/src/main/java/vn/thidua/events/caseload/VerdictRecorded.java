package vn.thidua.events.caseload;

import java.time.LocalDate;

/** Carries the case's unit, type and acceptance date so projections need no lookup. */
public record VerdictRecorded(
    String caseId,
    String unitId,
    CaseType caseType,
    LocalDate acceptedOn,
    LocalDate resolvedOn,
    VerdictOutcome outcome,
    boolean onlineTrial,
    boolean modelTrial,
    String presidingJudgeId) {}
