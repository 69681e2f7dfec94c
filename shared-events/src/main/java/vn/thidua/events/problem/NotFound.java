package vn.thidua.events.problem;

/** The resource the request addresses does not exist (answered as 404). */
public abstract class NotFound extends DomainException {
  protected NotFound(String field, String rule, String message) {
    super(field, rule, message);
  }
}
