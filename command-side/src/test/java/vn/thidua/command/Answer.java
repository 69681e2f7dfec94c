package vn.thidua.command;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** What the command API answered to one request, as the HTTP tests see it. */
public record Answer(int status, String contentType, String body) {

  /** POSTs a JSON body as a demo user (password thidua-local), optionally with a correlation id. */
  public static Answer post(int port, String user, String path, String body, String correlationId) {
    return RestClient.create()
        .post()
        .uri("http://localhost:" + port + path)
        .contentType(MediaType.APPLICATION_JSON)
        .headers(
            headers -> {
              headers.setBasicAuth(user, "thidua-local");
              if (correlationId != null) {
                headers.set("X-Correlation-Id", correlationId);
              }
            })
        .body(body.getBytes(StandardCharsets.UTF_8))
        .exchange(
            (request, response) ->
                new Answer(
                    response.getStatusCode().value(),
                    String.valueOf(response.getHeaders().getContentType()),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }
}
