package vn.thidua.events.recognition;

import vn.thidua.events.problem.NotFound;

public class UnknownNomination extends NotFound {
  public UnknownNomination(String field, String nominationId) {
    super(field, "nomination-must-exist", "Nomination '" + nominationId + "' does not exist");
  }
}
