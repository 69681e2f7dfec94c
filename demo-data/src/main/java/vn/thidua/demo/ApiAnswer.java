package vn.thidua.demo;

/** What the command API answered to one request. */
record ApiAnswer(String request, int status, String body) {
  /** 201: every command the demo sends answers Created when it writes its event. */
  boolean created() {
    return status == 201;
  }

  /**
   * 409, or 200 from the commands that answer "unchanged" to a repeat (a judge's month of virtual
   * assistant use, a pledge already on record): the command took effect in an earlier run, so
   * loading again is harmless.
   */
  boolean alreadyThere() {
    return status == 409 || status == 200;
  }
}
