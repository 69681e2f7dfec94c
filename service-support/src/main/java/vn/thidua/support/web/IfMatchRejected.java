package vn.thidua.support.web;

/**
 * An {@code If-Match} header the request may not carry as sent: not a version ETag, or on a request
 * that creates rather than edits. Answered 400, naming the header.
 */
public class IfMatchRejected extends RuntimeException {
  private final String rule;

  private IfMatchRejected(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  public static IfMatchRejected malformed() {
    return new IfMatchRejected("if-match-format", "must be one version ETag such as \"7\" (or *)");
  }

  public static IfMatchRejected notAnEdit() {
    return new IfMatchRejected(
        "if-match-only-on-edits",
        "only a request that edits an existing record takes If-Match; this one does not");
  }

  public String rule() {
    return rule;
  }
}
