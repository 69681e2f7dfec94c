package vn.thidua.events.organisation;

import vn.thidua.events.problem.AlreadyDone;

public class StaffMemberAlreadyRegistered extends AlreadyDone {
  public StaffMemberAlreadyRegistered(String staffId) {
    super(
        "staffId",
        "staff-id-must-be-unique",
        "Staff member '" + staffId + "' is already registered");
  }
}
