package vn.thidua.events.problem;

/**
 * A command broke a business rule. Names the request field and the rule, so the API can answer with
 * a precise 4xx instead of a 500.
 */
public abstract class DomainException extends RuntimeException {
  private final String field;
  private final String rule;

  protected DomainException(String field, String rule, String message) {
    super(message, null, false, false);
    this.field = field;
    this.rule = rule;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }
}
