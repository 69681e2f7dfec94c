package vn.thidua.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import vn.thidua.testing.ServiceProcess;

/** The HTTP API of one service instance, as the demo users call it. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String baseUrl;

  Api(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Api(ServiceProcess service) {
    this(service.url());
  }

  Answer post(String user, String path, String body) {
    return post(user, path, "application/json", body);
  }

  Answer post(String user, String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", basic(user))
            .header("Content-Type", contentType)
            .timeout(Duration.ofMinutes(3))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  Answer get(String user, String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", basic(user))
            .timeout(Duration.ofMinutes(3))
            .build());
  }

  /** The body of a 200 answer as JSON; anything else fails the test with the answer. */
  JsonNode read(String user, String path) {
    Answer answer = get(user, path);
    if (answer.status() != 200) {
      throw new AssertionError(path + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.json();
  }

  private static Answer send(HttpRequest request) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response =
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Retry-After").orElse(null),
          Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      // the connection broke or timed out: no answer at all (status 0)
      return new Answer(
          0, String.valueOf(e), "", null, Duration.ofNanos(System.nanoTime() - started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":thidua-local").getBytes(StandardCharsets.UTF_8));
  }

  record Answer(int status, String body, String contentType, String retryAfter, Duration took) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }
}
