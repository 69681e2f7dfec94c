package vn.thidua.events.recognition;

import vn.thidua.events.problem.AlreadyDone;

/**
 * Something that happens once already happened: a nomination, ballot, vote, decision or revocation.
 */
public class RecognitionAlreadyDone extends AlreadyDone {
  public RecognitionAlreadyDone(String field, String rule, String message) {
    super(field, rule, message);
  }
}
