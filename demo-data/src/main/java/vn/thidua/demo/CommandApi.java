package vn.thidua.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Posts JSON commands to the command side, signed in with HTTP Basic as a demo user. */
final class CommandApi {
  private final URI baseUrl;
  private final String password;
  private final HttpClient http;
  private final ObjectMapper json;

  CommandApi(URI baseUrl, String password) {
    this.baseUrl = baseUrl;
    this.password = password;
    // HTTP/1.1 because the services speak no h2c; the client would otherwise ask to upgrade
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  URI baseUrl() {
    return baseUrl;
  }

  /** Completes with the answer, or exceptionally with {@link UnexpectedAnswer} if unreachable. */
  CompletableFuture<ApiAnswer> post(DemoUser user, String path, Object body) {
    String request = "POST " + path;
    HttpRequest httpRequest =
        HttpRequest.newBuilder(baseUrl.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .header("Authorization", basicAuthorization(user))
            .POST(HttpRequest.BodyPublishers.ofByteArray(toJson(body)))
            .build();
    return http.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .handle(
            (response, error) -> {
              if (error != null) {
                throw new UnexpectedAnswer(
                    request + " to " + baseUrl,
                    error instanceof CompletionException && error.getCause() != null
                        ? error.getCause()
                        : error);
              }
              return new ApiAnswer(request, response.statusCode(), response.body());
            });
  }

  private String basicAuthorization(DemoUser user) {
    String credentials = user.username() + ":" + password;
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] toJson(Object body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + body + " as JSON", e);
    }
  }
}
