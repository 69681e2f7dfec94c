package vn.thidua.support.web;

import java.util.List;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Optimistic concurrency over HTTP: an edit sent with a stale {@code If-Match} gets 409 with the
 * aggregate's current version, in the body and as the ETag to retry with; a bad If-Match gets 400.
 * Consulted before {@link ProblemDetailsAdvice}, whose handler of Axon's exceptions would otherwise
 * take the version conflict for a failing store and leave it a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AggregateVersionAdvice {
  /** Axon refused the edit because the aggregate moved past the version the client had read. */
  @ExceptionHandler(ConflictingAggregateVersionException.class)
  ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException conflict) {
    long current = conflict.getActualVersion();
    ProblemDetail problem =
        problem(
            HttpStatus.CONFLICT,
            "version-must-match",
            "the record is now at version %d, not %d: read it again and retry with If-Match \"%d\""
                .formatted(current, conflict.getExpectedVersion(), current));
    problem.setProperty("currentVersion", current);
    return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Long.toString(current)).body(problem);
  }

  @ExceptionHandler(IfMatchRejected.class)
  ResponseEntity<ProblemDetail> ifMatchRejected(IfMatchRejected rejected) {
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, rejected.rule(), rejected.getMessage()));
  }

  private static ProblemDetail problem(HttpStatus status, String rule, String message) {
    FieldProblem worded =
        ProblemWording.inLanguageOfRequest(
                List.of(new FieldProblem(HttpHeaders.IF_MATCH, rule, message)))
            .get(0);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, worded.message());
    problem.setProperty("errors", List.of(worded));
    return problem;
  }
}
