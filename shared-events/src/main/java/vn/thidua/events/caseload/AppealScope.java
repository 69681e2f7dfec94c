package vn.thidua.events.caseload;

/** Whether the judgment was amended or annulled in part (một phần) or as a whole (toàn bộ). */
public enum AppealScope {
  PARTIAL,
  WHOLE
}
