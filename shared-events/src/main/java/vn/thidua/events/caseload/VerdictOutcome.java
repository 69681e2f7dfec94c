package vn.thidua.events.caseload;

public enum VerdictOutcome {
  TRIED,
  MEDIATION_SUCCESS,
  DIALOGUE_SUCCESS,
  WITHDRAWN_OR_SUSPENDED,
  TRANSFERRED
}
