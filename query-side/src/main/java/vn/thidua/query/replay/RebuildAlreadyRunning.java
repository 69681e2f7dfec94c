package vn.thidua.query.replay;

import vn.thidua.events.problem.AlreadyDone;

/** One rebuild at a time: a second would compete with the first for the machine and the store. */
class RebuildAlreadyRunning extends AlreadyDone {
  RebuildAlreadyRunning(String readModel, String generation) {
    super(
        "readModel",
        "one-rebuild-at-a-time",
        "A rebuild of '" + readModel + "' (generation " + generation + ") is still running");
  }
}
