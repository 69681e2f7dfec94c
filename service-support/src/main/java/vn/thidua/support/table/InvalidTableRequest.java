package vn.thidua.support.table;

import org.springframework.http.HttpStatus;
import vn.thidua.events.problem.DomainException;

/**
 * A table request the API cannot answer: a page past the end, an unknown sort column, a bad filter
 * value, an export format it does not write. Answered as problem+json naming the parameter.
 */
public class InvalidTableRequest extends DomainException {
  private final HttpStatus status;

  InvalidTableRequest(HttpStatus status, String field, String rule, String message) {
    super(field, rule, message);
    this.status = status;
  }

  public static InvalidTableRequest badParameter(String field, String rule, String message) {
    return new InvalidTableRequest(HttpStatus.BAD_REQUEST, field, rule, message);
  }

  public HttpStatus status() {
    return status;
  }
}
