package vn.thidua.support.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.common.AxonException;
import org.axonframework.messaging.HandlerExecutionException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.thidua.events.problem.AlreadyDone;
import vn.thidua.events.problem.DomainException;
import vn.thidua.events.problem.NotFound;
import vn.thidua.events.problem.NotPermitted;
import vn.thidua.support.table.InvalidTableRequest;

/**
 * Every refused request gets an {@code application/problem+json} answer whose {@code errors} name
 * the field and the rule, so a client (and the UI) can show the reason next to the field.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
  private static final String RETRY_AFTER_SECONDS = "5";

  @ExceptionHandler(DomainException.class)
  ResponseEntity<Object> domainRuleBroken(DomainException exception) {
    return problem(
        statusOf(exception),
        exception.getMessage(),
        List.of(new FieldProblem(exception.field(), exception.rule(), exception.getMessage())));
  }

  /** Axon wraps what a remote or query handler threw; answer for the domain error inside. */
  @ExceptionHandler(HandlerExecutionException.class)
  ResponseEntity<Object> handlerFailed(HandlerExecutionException exception) throws Exception {
    Throwable cause = exception.getCause();
    if (cause instanceof DomainException domain) {
      return domainRuleBroken(domain);
    }
    if (StoreUnavailable.causedBy(exception)) {
      return storeUnavailable();
    }
    throw exception;
  }

  /**
   * The store is down or restarting: the transaction did not commit (or, if the store died while
   * committing, the client cannot know whether it did), so the client should send the same request
   * again; 503 with Retry-After says so, where a 500 would not. A command that did take effect is
   * then refused as already done.
   */
  @ExceptionHandler({
    TransactionException.class,
    DataAccessException.class,
    AxonException.class,
    SQLException.class
  })
  ResponseEntity<Object> storeFailed(Exception exception) throws Exception {
    if (StoreUnavailable.causedBy(exception)) {
      return storeUnavailable();
    }
    throw exception;
  }

  private static ResponseEntity<Object> storeUnavailable() {
    ResponseEntity<Object> problem =
        problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The store is unavailable; try again shortly",
            List.of(
                new FieldProblem(
                    null, "store-available", "the store is unavailable; try again shortly")));
    return ResponseEntity.status(problem.getStatusCode())
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(problem.getBody());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        Stream.concat(
                exception.getBindingResult().getFieldErrors().stream()
                    .map(
                        error ->
                            new FieldProblem(
                                error.getField(),
                                ruleName(error.getCode()),
                                error.getDefaultMessage())),
                exception.getBindingResult().getGlobalErrors().stream()
                    .map(
                        error ->
                            new FieldProblem(
                                null, ruleName(error.getCode()), error.getDefaultMessage())))
            .toList();
    return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields", errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        exception.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    fieldOf(result.getMethodParameter().getParameterName(), error),
                                    ruleName(codeOf(error)),
                                    error.getDefaultMessage())))
            .toList();
    return problem(HttpStatus.BAD_REQUEST, "The request has invalid parameters", errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (hasCause(exception, RequestSizeLimitFilter.BodyTooLarge.class)) {
      return problem(
          HttpStatus.PAYLOAD_TOO_LARGE,
          "The request body is too large",
          List.of(new FieldProblem(null, "max-body-size", "the request body is too large")));
    }
    return problem(
        HttpStatus.BAD_REQUEST,
        "The request body could not be read",
        List.of(unreadable(exception.getCause())));
  }

  /** A query or path parameter of the wrong type, e.g. {@code from=yesterday}: name it. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Class<?> target = exception.getRequiredType();
    String field = exception.getPropertyName();
    FieldProblem problem;
    if (target != null && target.isEnum()) {
      String allowed =
          Arrays.stream(target.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      problem = new FieldProblem(field, "one-of", "must be one of: " + allowed);
    } else if (target != null && java.time.Instant.class.equals(target)) {
      problem =
          new FieldProblem(field, "iso-instant", "must be an instant like 2023-09-30T17:00:00Z");
    } else if (target != null && Temporal.class.isAssignableFrom(target)) {
      problem = new FieldProblem(field, "iso-date", "must be a date like 2023-09-30");
    } else {
      problem =
          new FieldProblem(
              field, "type", "must be a " + (target == null ? "value" : target.getSimpleName()));
    }
    return problem(HttpStatus.BAD_REQUEST, "A parameter has the wrong type", List.of(problem));
  }

  /**
   * What the base class answers by itself (a wrong method, an unsupported media type, no such
   * resource) names the rule by its status, like every other rejection.
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
      String message =
          problem.getDetail() == null ? StatusRule.reason(statusCode.value()) : problem.getDetail();
      problem.setProperty(
          "errors",
          ProblemWording.inLanguageOfRequest(StatusRule.errors(statusCode.value(), message)));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static FieldProblem unreadable(Throwable cause) {
    if (cause instanceof InvalidFormatException invalid) {
      Class<?> target = invalid.getTargetType();
      if (target != null && target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        return new FieldProblem(path(invalid), "one-of", "must be one of: " + allowed);
      }
      if (target != null && Temporal.class.isAssignableFrom(target)) {
        return new FieldProblem(path(invalid), "iso-date", "must be a date like 2023-09-30");
      }
      return new FieldProblem(
          path(invalid),
          "type",
          "must be a " + (target == null ? "value" : target.getSimpleName()));
    }
    if (cause instanceof MismatchedInputException mismatched) {
      String field = path(mismatched);
      return new FieldProblem(
          field.isEmpty() ? null : field, "type", "has the wrong type or shape");
    }
    if (cause instanceof JsonProcessingException json) {
      return new FieldProblem(
          null, "well-formed-json", "the body is not valid JSON: " + json.getOriginalMessage());
    }
    return new FieldProblem(null, "json-body", "a JSON body is required");
  }

  /** The JSON path of the offending value, e.g. {@code phases[0].startsOn}. */
  private static String path(JsonMappingException exception) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : exception.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static HttpStatus statusOf(DomainException exception) {
    if (exception instanceof InvalidTableRequest table) {
      return table.status();
    }
    if (exception instanceof NotFound) {
      return HttpStatus.NOT_FOUND;
    }
    if (exception instanceof AlreadyDone) {
      return HttpStatus.CONFLICT;
    }
    if (exception instanceof NotPermitted) {
      return HttpStatus.FORBIDDEN;
    }
    return HttpStatus.UNPROCESSABLE_ENTITY;
  }

  /**
   * A body field that failed validation (on a handler that also validates its path) is named by its
   * own path, e.g. {@code reason}, not by the handler's parameter name {@code request}.
   */
  private static String fieldOf(String parameterName, MessageSourceResolvable error) {
    return error instanceof FieldError field ? field.getField() : parameterName;
  }

  private static String codeOf(MessageSourceResolvable error) {
    if (error instanceof FieldError field) {
      return field.getCode();
    }
    String[] codes = error.getCodes();
    return codes == null || codes.length == 0 ? "valid" : codes[codes.length - 1];
  }

  /** {@code PositiveOrZero} becomes {@code positive-or-zero}. */
  private static String ruleName(String constraint) {
    if (constraint == null) {
      return "valid";
    }
    return constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }

  private static boolean hasCause(Throwable exception, Class<? extends Throwable> type) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<Object> problem(
      HttpStatus status, String detail, List<FieldProblem> errors) {
    List<FieldProblem> worded = ProblemWording.inLanguageOfRequest(errors);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status,
            worded.size() == 1 && !worded.equals(errors) ? worded.get(0).message() : detail);
    problem.setProperty("errors", worded);
    return ResponseEntity.status(status).body(problem);
  }
}
