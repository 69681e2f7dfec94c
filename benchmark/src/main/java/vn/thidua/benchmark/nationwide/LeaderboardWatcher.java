package vn.thidua.benchmark.nationwide;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import vn.thidua.benchmark.DemoUser;
import vn.thidua.benchmark.ServiceClient;

/**
 * An SSE client of a leaderboard stream, as a browser would hold one: notes when each count of one
 * unit's accepted cases became visible to it.
 */
final class LeaderboardWatcher implements AutoCloseable {
  /** Called with the unit's accepted count and the moment the event was read. */
  interface Listener {
    void seen(long accepted, long receivedNanos);
  }

  private final HttpResponse<Stream<String>> response;
  private final Thread reader;

  LeaderboardWatcher(ServiceClient querySide, String path, String unitId, Listener listener)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(querySide.baseUrl().resolve(path))
            .header("Accept", "text/event-stream")
            .header("Authorization", ServiceClient.basicAuthorization(DemoUser.ANALYST))
            .GET()
            .build();
    this.response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    this.reader =
        new Thread(
            () -> {
              try (Stream<String> lines = response.body()) {
                lines
                    .filter(line -> line.startsWith("data:"))
                    .forEach(
                        line -> {
                          long received = System.nanoTime();
                          listener.seen(acceptedOf(line.substring(5), unitId), received);
                        });
              } catch (RuntimeException closed) {
                // closed by the run, or by the service going away
              }
            },
            "leaderboard-watcher");
    reader.setDaemon(true);
    reader.start();
  }

  private static long acceptedOf(String data, String unitId) {
    for (JsonNode row : ServiceClient.parse(data).path("rows")) {
      if (unitId.equals(row.path("unitId").asText())) {
        return row.path("accepted").asLong();
      }
    }
    return -1;
  }

  @Override
  public void close() {
    response.body().close();
    reader.interrupt();
  }
}
