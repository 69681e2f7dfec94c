package vn.thidua.query;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

/** GETs from a running query side as a signed-in user (or anonymously), whatever the status. */
public final class ApiClient {
  public static final String PASSWORD = "thidua-local";

  private final RestClient http;

  public ApiClient(int port) {
    this.http = RestClient.create("http://localhost:" + port);
  }

  public Response get(String user, String path) {
    return http.get()
        .uri(path)
        .headers(
            headers -> {
              if (user != null) {
                headers.setBasicAuth(user, PASSWORD);
              }
            })
        .exchange(
            (request, response) ->
                new Response(
                    response.getStatusCode().value(),
                    response.getHeaders().getContentType(),
                    StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
  }

  public Response post(String user, String path) {
    return http.post()
        .uri(path)
        .headers(
            headers -> {
              if (user != null) {
                headers.setBasicAuth(user, PASSWORD);
              }
            })
        .exchange(
            (request, response) ->
                new Response(
                    response.getStatusCode().value(),
                    response.getHeaders().getContentType(),
                    StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
  }

  public record Response(int status, MediaType contentType, String body) {}
}
