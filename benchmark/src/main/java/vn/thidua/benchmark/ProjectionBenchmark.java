package vn.thidua.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Part d: a fresh query side replays the event store; watches the leaderboard until it counts every
 * accepted case. The rate is taken over what it processed while we watched, so the JVM's start-up
 * neither inflates nor hides it.
 */
final class ProjectionBenchmark {
  private static final String LEADERBOARD =
      "/api/campaigns/" + CommandSideBenchmark.CAMPAIGN_ID + "/leaderboard";

  record Figures(
      long expected,
      long counted,
      double secondsSinceStart,
      double eventsPerSecond,
      boolean rateIncludesStartup) {
    boolean complete() {
      return counted >= expected;
    }
  }

  private ProjectionBenchmark() {}

  static Figures run(ServiceProcess querySide, long expected, Duration timeout)
      throws InterruptedException {
    ServiceClient client = querySide.client();
    long deadline = System.nanoTime() + timeout.toNanos();
    long firstSeenNanos = 0;
    long countedAtFirstSight = 0;
    long counted = 0;
    while (counted < expected && System.nanoTime() < deadline) {
      querySide.requireAlive();
      OptionalLong accepted = acceptedSoFar(client);
      if (accepted.isPresent()) {
        counted = accepted.getAsLong();
        if (firstSeenNanos == 0) {
          firstSeenNanos = System.nanoTime();
          countedAtFirstSight = counted;
        }
      }
      if (counted < expected) {
        Thread.sleep(100);
      }
    }
    long doneNanos = System.nanoTime();
    double sinceStart = (doneNanos - querySide.startedNanos()) / 1e9;
    double watched = (doneNanos - firstSeenNanos) / 1e9;
    long processedWhileWatched = counted - countedAtFirstSight;
    if (firstSeenNanos == 0 || processedWhileWatched < expected / 10 || watched < 1) {
      return new Figures(expected, counted, sinceStart, counted / sinceStart, true);
    }
    return new Figures(expected, counted, sinceStart, processedWhileWatched / watched, false);
  }

  /** The accepted count of the benchmark's court, once the leaderboard answers at all. */
  private static OptionalLong acceptedSoFar(ServiceClient client) throws InterruptedException {
    try {
      HttpResponse<String> response = client.get(DemoUser.ANALYST, LEADERBOARD);
      if (response.statusCode() != 200) {
        return OptionalLong.empty();
      }
      for (JsonNode row : ServiceClient.parse(response.body()).path("rows")) {
        if (CaseCommands.UNIT_ID.equals(row.path("unitId").asText())) {
          return OptionalLong.of(row.path("accepted").asLong());
        }
      }
      return OptionalLong.of(0);
    } catch (IOException notListeningYet) {
      return OptionalLong.empty();
    }
  }
}
