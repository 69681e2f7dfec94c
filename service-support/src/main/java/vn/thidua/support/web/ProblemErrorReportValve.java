package vn.thidua.support.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own answer to a request it refuses before Spring sees it (a malformed request line or
 * header, an encoded slash in the path, an unsupported transfer coding): problem+json naming the
 * rule instead of Tomcat's HTML page. A transfer coding Tomcat does not implement is the client's
 * mistake here, so it is answered 400 rather than 501.
 */
public class ProblemErrorReportValve extends ErrorReportValve {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    if (status == 501) {
      status = 400;
      response.setStatus(status);
    }
    String detail =
        response.getMessage() == null || response.getMessage().isBlank()
            ? StatusRule.reason(status)
            : response.getMessage();
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", StatusRule.reason(status));
    problem.put("status", status);
    problem.put("detail", detail);
    problem.put("errors", StatusRule.errors(status, detail));
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException unwritable) {
      // the connection is gone or the response was committed meanwhile: nothing more to say
    }
  }
}
