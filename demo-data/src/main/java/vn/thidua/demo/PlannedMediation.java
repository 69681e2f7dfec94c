package vn.thidua.demo;

import vn.thidua.events.caseload.RecordCourtMediationOutcome;
import vn.thidua.events.caseload.TransferToCourtMediation;

/** A matter transferred to mediation or dialogue at court, and how it ended. */
record PlannedMediation(TransferToCourtMediation transfer, RecordCourtMediationOutcome outcome) {
  String mediationId() {
    return transfer.mediationId();
  }
}
