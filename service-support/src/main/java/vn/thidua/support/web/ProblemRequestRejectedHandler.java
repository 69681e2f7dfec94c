package vn.thidua.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses odd requests (an unknown HTTP method, a path with {@code ..}
 * or an encoded slash) before any controller. Its default handler sends a bare 400 whose error page
 * the firewall refuses again, so the answer had no body; this one writes the problem itself.
 */
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"The request was rejected by the firewall\","
                + "\"errors\":[{\"field\":null,\"rule\":\"well-formed-request\","
                + "\"message\":\"the method or the path is not allowed\"}]}");
  }
}
