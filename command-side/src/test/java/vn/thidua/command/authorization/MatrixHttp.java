package vn.thidua.command.authorization;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Real HTTP to the running service: each user signs in once with its password at {@code POST
 * /api/auth/token}, and every later request carries the token, as the UI does.
 */
final class MatrixHttp {
  static final String PASSWORD = "authz-matrix";

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final ObjectMapper json;
  private final Map<String, String> tokens = new HashMap<>();

  MatrixHttp(int port, ObjectMapper json) {
    this.base = "http://localhost:" + port;
    this.json = json;
  }

  record Reply(int status, String contentType, String body) {
    boolean refused() {
      return status == 401 || status == 403;
    }
  }

  /** Sends as {@code user}, or anonymously when it is null. */
  Reply send(String user, MatrixRequest request) {
    HttpRequest.Builder http =
        HttpRequest.newBuilder(URI.create(base + request.path())).timeout(Duration.ofSeconds(60));
    if (user != null) {
      http.header("Authorization", "Bearer " + token(user));
    }
    if (request.contentType() != null) {
      http.header("Content-Type", request.contentType());
    }
    if (request.ifMatch() != null) {
      http.header("If-Match", request.ifMatch());
    }
    http.method(
        request.method(),
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    return exchange(http.build());
  }

  private String token(String user) {
    return tokens.computeIfAbsent(
        user,
        name -> {
          String basic =
              Base64.getEncoder()
                  .encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
          Reply reply =
              exchange(
                  HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                      .header("Authorization", "Basic " + basic)
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build());
          if (reply.status() != 200) {
            throw new IllegalStateException(name + " cannot sign in: " + reply);
          }
          try {
            return json.readTree(reply.body()).path("access_token").asText();
          } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
          }
        });
  }

  private Reply exchange(HttpRequest request) {
    try {
      HttpResponse<String> response =
          client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
