package vn.thidua.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The API as the tests' setup uses it: what the pages under test do not do themselves. */
final class Api {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String baseUrl;

  Api(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  record Answer(int status, JsonNode body) {}

  Answer post(String user, String path, String json) {
    return send(
        user,
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  Answer get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
  }

  /** POSTs and fails the test unless the answer has the expected status. */
  JsonNode expect(int status, String user, String path, String json) {
    Answer answer = post(user, path, json);
    if (answer.status() != status) {
      throw new AssertionError(
          "POST " + path + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.body();
  }

  private static Answer send(String user, HttpRequest.Builder request) {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":thidua-local").getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response =
          HTTP.send(
              request.header("Authorization", "Basic " + basic).build(),
              HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return new Answer(response.statusCode(), body.isBlank() ? null : JSON.readTree(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
