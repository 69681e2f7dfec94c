package vn.thidua.events.caseload;

import java.time.LocalDate;

/**
 * Carries the case's unit, type, acceptance date and statutory deadline so projections need no
 * lookup. {@code statutoryDeadline} is the one fixed when the case was accepted; it is null in
 * events recorded before it was carried here, and for cases accepted before deadlines existed.
 */
public record VerdictRecorded(
    String caseId,
    String unitId,
    CaseType caseType,
    LocalDate acceptedOn,
    LocalDate resolvedOn,
    VerdictOutcome outcome,
    boolean onlineTrial,
    boolean modelTrial,
    String presidingJudgeId,
    LocalDate statutoryDeadline) {

  /** Without the statutory deadline, as recorded before it was carried here. */
  public VerdictRecorded(
      String caseId,
      String unitId,
      CaseType caseType,
      LocalDate acceptedOn,
      LocalDate resolvedOn,
      VerdictOutcome outcome,
      boolean onlineTrial,
      boolean modelTrial,
      String presidingJudgeId) {
    this(
        caseId,
        unitId,
        caseType,
        acceptedOn,
        resolvedOn,
        outcome,
        onlineTrial,
        modelTrial,
        presidingJudgeId,
        null);
  }
}
