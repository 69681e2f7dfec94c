package vn.thidua.query;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Predicate;
import vn.thidua.query.ApiClient.Response;

/**
 * Reads a running query side as the analyst would, waiting where a read model has to catch up with
 * events just appended.
 */
public final class ReadApi {
  public static final String ANALYST = "phantich";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ApiClient api;
  private final ObjectMapper json;

  public ReadApi(int port, ObjectMapper json) {
    this.api = new ApiClient(port);
    this.json = json;
  }

  /** Reads until the answer is a 200 that satisfies {@code ready}. */
  public <T> T awaitRead(String path, Class<T> type, Predicate<T> ready) {
    return awaitRead(path, json.getTypeFactory().constructType(type), ready);
  }

  public <T> T awaitRead(String path, TypeReference<T> type, Predicate<T> ready) {
    return awaitRead(path, json.getTypeFactory().constructType(type), ready);
  }

  /** Waits until the path answers 200, e.g. until an event has reached its read model. */
  public void awaitFound(String path) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> api.get(ANALYST, path).status() == 200);
  }

  public Response get(String path) {
    return api.get(ANALYST, path);
  }

  /** The first entry of a problem answer's {@code errors}. */
  public JsonNode firstError(Response response) {
    try {
      return json.readTree(response.body()).path("errors").path(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T awaitRead(String path, JavaType type, Predicate<T> ready) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .ignoreExceptions()
        .until(() -> read(path, type), ready);
  }

  private <T> T read(String path, JavaType type) {
    Response response = get(path);
    if (response.status() != 200) {
      throw new IllegalStateException(path + " answered " + response.status());
    }
    try {
      return json.readValue(response.body(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
