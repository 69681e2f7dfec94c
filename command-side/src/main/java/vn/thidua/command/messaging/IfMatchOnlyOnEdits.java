package vn.thidua.command.messaging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.thidua.support.web.IfMatchRejected;

/**
 * A command endpoint takes If-Match only if it declares the header, i.e. only if it edits an
 * existing aggregate. Elsewhere (creations, the caseload import) the header is refused rather than
 * ignored, so that a client never believes a request was guarded when it was not.
 */
class IfMatchOnlyOnEdits implements HandlerInterceptor {
  private static final Set<String> COMMAND_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (request.getHeader(HttpHeaders.IF_MATCH) != null
        && COMMAND_METHODS.contains(request.getMethod())
        && handler instanceof HandlerMethod method
        && !takesIfMatch(method)) {
      throw IfMatchRejected.notAnEdit();
    }
    return true;
  }

  private static boolean takesIfMatch(HandlerMethod method) {
    return Arrays.stream(method.getMethodParameters())
        .map(parameter -> parameter.getParameterAnnotation(RequestHeader.class))
        .filter(Objects::nonNull)
        .anyMatch(
            header ->
                HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name())
                    || HttpHeaders.IF_MATCH.equalsIgnoreCase(header.value()));
  }
}
