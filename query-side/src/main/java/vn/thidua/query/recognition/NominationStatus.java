package vn.thidua.query.recognition;

/** Where a nomination stands in the workflow, from the eligibility gates to the award. */
public enum NominationStatus {
  /** Made, eligibility not assessed yet. */
  NOMINATED,
  /** At least one eligibility gate failed; it cannot go to a ballot. */
  INELIGIBLE,
  /** Every gate held; waiting for a ballot. */
  ELIGIBLE,
  /** On a ballot that is still open. */
  ON_BALLOT,
  BALLOT_PASSED,
  BALLOT_FAILED,
  /** The competent authority decided the award. */
  AWARDED,
  /** The award was revoked. */
  REVOKED
}
