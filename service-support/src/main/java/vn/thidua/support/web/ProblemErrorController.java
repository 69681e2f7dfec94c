package vn.thidua.support.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers what reaches the servlet container's error page (a filter's {@code sendError}, an
 * exception outside Spring MVC) in the same problem+json shape as every other rejection, in place
 * of Boot's JSON or HTML error page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // no error behind it: somebody asked for the error page itself, which is no resource
    int status = code instanceof Integer value ? value : 404;
    if (status < 400) {
      status = 500;
    }
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    String detail =
        status >= 500 || message == null || message.toString().isBlank()
            ? StatusRule.reason(status)
            : message.toString();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
    problem.setProperty("errors", StatusRule.errors(status, detail));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
