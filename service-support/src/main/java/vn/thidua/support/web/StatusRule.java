package vn.thidua.support.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The rule a request broke when only its status says why (a wrong method, an unsupported media
 * type, a request Tomcat could not parse), so such answers name a rule like every other rejection.
 */
final class StatusRule {
  private StatusRule() {}

  static String of(int status) {
    return switch (status) {
      case 400 -> "well-formed-request";
      case 404 -> "known-resource";
      case 405 -> "supported-method";
      case 406 -> "acceptable-media-type";
      case 408 -> "request-in-time";
      case 413 -> "max-body-size";
      case 414 -> "max-uri-length";
      case 415 -> "supported-media-type";
      case 417 -> "supported-expectation";
      case 431 -> "max-header-size";
      default -> "valid-request";
    };
  }

  static List<FieldProblem> errors(int status, String message) {
    return List.of(new FieldProblem(null, of(status), message));
  }

  static String reason(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }
}
