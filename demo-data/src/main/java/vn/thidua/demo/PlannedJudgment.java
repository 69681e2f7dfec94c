package vn.thidua.demo;

import vn.thidua.events.caseload.PublishJudgment;
import vn.thidua.events.caseload.RecordJudgmentEffective;

/** A judgment taking legal effect and its publication on the courts' portal. */
record PlannedJudgment(RecordJudgmentEffective effect, PublishJudgment publication) {
  String caseId() {
    return effect.caseId();
  }
}
