package vn.thidua.events.caseload;

/** What the appeal (or cassation) court did with the judgment: giữ nguyên, sửa or hủy. */
public enum AppealResult {
  UPHELD,
  AMENDED,
  ANNULLED
}
