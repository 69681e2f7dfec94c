package vn.thidua.command.integrity;

import vn.thidua.events.problem.AlreadyDone;

/** A verification reads the whole store; a second one at the same time would only slow both. */
class VerificationRunning extends AlreadyDone {
  VerificationRunning() {
    super(null, "one-verification-at-a-time", "A verification of the chain is already running");
  }
}
