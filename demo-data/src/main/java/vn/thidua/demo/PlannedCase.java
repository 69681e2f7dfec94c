package vn.thidua.demo;

import java.util.Optional;
import vn.thidua.events.caseload.AcceptCase;
import vn.thidua.events.caseload.RecordVerdict;

/** A case to accept and, unless it is still pending at the end of the year, its verdict. */
record PlannedCase(AcceptCase acceptance, Optional<RecordVerdict> verdict) {
  String caseId() {
    return acceptance.caseId();
  }
}
