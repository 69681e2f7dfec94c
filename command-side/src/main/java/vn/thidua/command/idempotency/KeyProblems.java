package vn.thidua.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Rejections of the Idempotency-Key itself, written by the filter (outside Spring MVC) in the same
 * problem+json shape as ProblemDetailsAdvice: errors[{field, rule, message}], Vietnamese if asked.
 */
final class KeyProblems {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Properties VIETNAMESE = load();

  private KeyProblems() {}

  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String rule,
      String message)
      throws IOException {
    String worded =
        "vi".equals(request.getLocale().getLanguage())
            ? VIETNAMESE.getProperty("rule." + rule, message)
            : message;
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", IdempotencyFilter.HEADER);
    error.put("rule", rule);
    error.put("message", worded);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", HttpStatus.valueOf(status).getReasonPhrase());
    problem.put("status", status);
    problem.put("detail", worded);
    problem.put("instance", request.getRequestURI());
    problem.put("errors", List.of(error));
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(problem));
  }

  private static Properties load() {
    Properties wording = new Properties();
    try (InputStream in =
        KeyProblems.class.getResourceAsStream("/problem-messages_vi.properties")) {
      if (in != null) {
        wording.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return wording;
  }
}
