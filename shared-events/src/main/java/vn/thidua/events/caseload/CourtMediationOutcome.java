package vn.thidua.events.caseload;

/** Hòa giải, đối thoại thành or không thành. */
public enum CourtMediationOutcome {
  SUCCESS,
  FAILURE
}
