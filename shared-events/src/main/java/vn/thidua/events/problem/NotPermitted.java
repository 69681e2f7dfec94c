package vn.thidua.events.problem;

/** The actor may not do this, for example for another court unit (answered as 403). */
public abstract class NotPermitted extends DomainException {
  protected NotPermitted(String field, String rule, String message) {
    super(field, rule, message);
  }
}
