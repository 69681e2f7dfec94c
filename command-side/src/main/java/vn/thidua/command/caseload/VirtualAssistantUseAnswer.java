package vn.thidua.command.caseload;

/** What recording a month of virtual assistant use did, so the client knows if anything changed. */
enum VirtualAssistantUseAnswer {
  RECORDED,
  UNCHANGED,
  CORRECTED
}
