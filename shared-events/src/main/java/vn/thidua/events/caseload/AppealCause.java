package vn.thidua.events.caseload;

/**
 * Why the judgment was amended or annulled: through the judge's fault (nguyên nhân chủ quan) or for
 * reasons outside it such as new evidence (nguyên nhân khách quan). Only subjective causes count
 * against the unit.
 */
public enum AppealCause {
  SUBJECTIVE,
  OBJECTIVE
}
