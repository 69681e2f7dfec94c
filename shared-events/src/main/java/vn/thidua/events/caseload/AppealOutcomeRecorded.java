package vn.thidua.events.caseload;

import java.time.LocalDate;

/**
 * Carries the case's unit, type, verdict date and presiding judge so projections need no lookup.
 * For the annulled/amended rate two PARTIAL outcomes with a SUBJECTIVE cause count as one.
 */
public record AppealOutcomeRecorded(
    String caseId,
    String unitId,
    CaseType caseType,
    LocalDate resolvedOn,
    String presidingJudgeId,
    LocalDate decidedOn,
    AppealResult result,
    AppealScope scope,
    AppealCause cause,
    String reason) {}
