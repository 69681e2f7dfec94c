package vn.thidua.query.replay;

import vn.thidua.events.problem.AlreadyDone;

/** One rebuild at a time: a second would compete with the first for the machine and the store. */
class RebuildAlreadyRunning extends AlreadyDone {
  RebuildAlreadyRunning(String rebuildId, java.util.List<String> readModels) {
    super(
        "readModel",
        "one-rebuild-at-a-time",
        "Rebuild " + rebuildId + " of " + readModels + " is still running");
  }
}
