package vn.thidua.events.recognition;

import vn.thidua.events.problem.NotFound;

public class UnknownBallot extends NotFound {
  public UnknownBallot(String ballotId) {
    super("ballotId", "ballot-must-exist", "Ballot '" + ballotId + "' does not exist");
  }
}
