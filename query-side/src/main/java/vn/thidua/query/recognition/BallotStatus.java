package vn.thidua.query.recognition;

public enum BallotStatus {
  /** Voting; only the number of votes cast is shown. */
  OPEN,
  /** Counted; the tally of each nomination is public. */
  CLOSED
}
