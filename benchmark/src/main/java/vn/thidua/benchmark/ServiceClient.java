package vn.thidua.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/** JSON over HTTP/1.1 to one service, signed in with HTTP Basic as a demo user. */
public final class ServiceClient {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final URI baseUrl;
  private final HttpClient http;

  public ServiceClient(URI baseUrl) {
    this.baseUrl = baseUrl;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** The Basic credentials of a demo user, for clients other than this one (e.g. a stream). */
  public static String basicAuthorization(DemoUser user) {
    String credentials = user.username() + ":" + DemoUser.PASSWORD;
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  public CompletableFuture<HttpResponse<String>> postAsync(
      DemoUser user, String path, Object body) {
    try {
      return http.sendAsync(
          request(user, path)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
    }
  }

  /** Uploads a body as it is (e.g. an NDJSON import), with a timeout fit for its size. */
  public CompletableFuture<HttpResponse<String>> postRaw(
      DemoUser user, String path, String contentType, byte[] body, Duration timeout) {
    return http.sendAsync(
        request(user, path)
            .timeout(timeout)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Posts and insists on a 2xx answer. */
  public void postExpectingSuccess(DemoUser user, String path, Object body) {
    HttpResponse<String> response = postAsync(user, path, body).join();
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "POST " + path + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  public HttpResponse<String> get(DemoUser user, String path)
      throws IOException, InterruptedException {
    return http.send(
        request(user, path).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** True once the unauthenticated health endpoint reports UP; false while it cannot. */
  public boolean isHealthy() throws InterruptedException {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(baseUrl.resolve("/actuator/health"))
                  .timeout(Duration.ofSeconds(5))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return response.statusCode() == 200 && response.body().contains("\"UP\"");
    } catch (IOException notYetListening) {
      return false;
    }
  }

  public static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(DemoUser user, String path) {
    String credentials = user.username() + ":" + DemoUser.PASSWORD;
    return HttpRequest.newBuilder(baseUrl.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json")
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }
}
