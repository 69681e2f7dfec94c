package vn.thidua.command.caseload.importing;

import vn.thidua.events.problem.RuleBroken;

/** The upload as a whole cannot be imported, e.g. its header row names no kind column. */
class ImportUnreadable extends RuleBroken {
  ImportUnreadable(String rule, String message) {
    super(null, rule, message);
  }
}
