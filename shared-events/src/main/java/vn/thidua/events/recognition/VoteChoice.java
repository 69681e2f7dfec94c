package vn.thidua.events.recognition;

public enum VoteChoice {
  FOR,
  AGAINST,
  ABSTAIN
}
