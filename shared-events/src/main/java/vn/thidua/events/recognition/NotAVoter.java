package vn.thidua.events.recognition;

import vn.thidua.events.problem.NotPermitted;

/** Only the voters listed when the ballot opened may vote. */
public class NotAVoter extends NotPermitted {
  public NotAVoter(String field, String rule, String message) {
    super(field, rule, message);
  }
}
