package vn.thidua.demo;

/** What the command API answered to one request. */
record ApiAnswer(String request, int status, String body) {
  boolean created() {
    return status >= 200 && status < 300;
  }

  /** 409: the command took effect in an earlier run, so loading again is harmless. */
  boolean alreadyThere() {
    return status == 409;
  }
}
