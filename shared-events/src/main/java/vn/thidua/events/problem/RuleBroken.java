package vn.thidua.events.problem;

/** The request is well formed but the domain refuses it (answered as 422). */
public abstract class RuleBroken extends DomainException {
  protected RuleBroken(String field, String rule, String message) {
    super(field, rule, message);
  }
}
