package vn.thidua.demo;

/** The command API refused a request for a reason other than "already done". */
class UnexpectedAnswer extends RuntimeException {
  UnexpectedAnswer(ApiAnswer answer) {
    super(answer.request() + " answered " + answer.status() + ":\n" + answer.body());
  }

  UnexpectedAnswer(String request, Throwable cause) {
    super(request + " failed: " + cause, cause);
  }
}
