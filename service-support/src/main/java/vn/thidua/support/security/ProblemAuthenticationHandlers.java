package vn.thidua.support.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.thidua.support.web.FieldProblem;
import vn.thidua.support.web.ProblemWording;

/** Answers 401 and 403 in the same problem+json shape as every other rejection. */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {
  private final ObjectMapper objectMapper;
  private final boolean oidc;

  ProblemAuthenticationHandlers(ObjectMapper objectMapper, Environment environment) {
    this.objectMapper = objectMapper;
    this.oidc = LoginMode.isOidc(environment);
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    if (oidc) {
      response.setHeader("WWW-Authenticate", "Bearer");
      write(
          response,
          HttpStatus.UNAUTHORIZED,
          "signed-in",
          "Sign in with a token of the OIDC provider");
    } else {
      response.setHeader("WWW-Authenticate", "Basic realm=\"thidua\", Bearer");
      write(
          response,
          HttpStatus.UNAUTHORIZED,
          "signed-in",
          "Sign in with a user name and password or a token");
    }
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
      throws IOException {
    write(response, HttpStatus.FORBIDDEN, "role-permitted", "Your role does not allow this action");
  }

  private void write(HttpServletResponse response, HttpStatus status, String rule, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setProperty(
        "errors",
        ProblemWording.inLanguageOfRequest(List.of(new FieldProblem(null, rule, detail))));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
