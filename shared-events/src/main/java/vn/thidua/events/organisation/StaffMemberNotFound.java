package vn.thidua.events.organisation;

import vn.thidua.events.problem.NotFound;

/** The staff member a request addresses in its path was never registered. */
public class StaffMemberNotFound extends NotFound {
  public StaffMemberNotFound(String staffId) {
    super(
        "staffId",
        "staff-member-must-be-registered",
        "Staff member '" + staffId + "' is not registered");
  }
}
