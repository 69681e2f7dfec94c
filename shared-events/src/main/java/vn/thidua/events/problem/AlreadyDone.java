package vn.thidua.events.problem;

/** The request conflicts with what already happened (answered as 409). */
public abstract class AlreadyDone extends DomainException {
  protected AlreadyDone(String field, String rule, String message) {
    super(field, rule, message);
  }
}
