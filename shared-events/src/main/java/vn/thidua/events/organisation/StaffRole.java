package vn.thidua.events.organisation;

/** What a staff member does at their court: judge (thẩm phán), clerk (thư ký) or other work. */
public enum StaffRole {
  JUDGE,
  CLERK,
  OTHER
}
