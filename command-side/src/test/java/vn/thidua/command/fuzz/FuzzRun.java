package vn.thidua.command.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends one family's generated bad inputs and checks every answer: never a 5xx; a 4xx is
 * problem+json naming the rule; a 2xx only where the family allows one; and no event written.
 *
 * <p>jqwik's {@code @Property} does not run Spring's JUnit 5 extension (and jqwik-spring is not on
 * Maven Central here), so the tests are plain JUnit 5 {@code @Test}s that draw from jqwik
 * arbitraries with a fixed seed per family: a failure names the seed and the try, and the same run
 * reproduces it.
 */
final class FuzzRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Tries in flight at once: enough to keep both cores busy while others wait on the socket. */
  private static final int PARALLEL = 8;

  private static final int BATCH = 64;
  private static final ExecutorService SENDERS = Executors.newFixedThreadPool(PARALLEL);

  private final RawHttp http;
  private final JdbcTemplate jdbc;

  FuzzRun(RawHttp http, JdbcTemplate jdbc) {
    this.http = http;
    this.jdbc = jdbc;
  }

  /** What one family's run saw. */
  record Outcome(
      String family,
      int tries,
      Map<Integer, Integer> statuses,
      long eventsWritten,
      List<String> findings,
      long millis) {
    @Override
    public String toString() {
      return "fuzz family=%s tries=%d statuses=%s eventsWritten=%d findings=%d seconds=%.1f"
          .formatted(family, tries, statuses, eventsWritten, findings.size(), millis / 1000.0);
    }
  }

  /**
   * Draws {@code count} requests from the arbitrary with the given seed and sends each one. {@code
   * successAllowed} says which 2xx answers are not findings (e.g. an import report).
   */
  Outcome run(
      String family,
      Arbitrary<BadRequest> requests,
      long seed,
      int count,
      Predicate<BadRequest> successAllowed) {
    long started = System.currentTimeMillis();
    long eventsBefore = events();
    Map<Integer, Integer> statuses = new TreeMap<>();
    TreeMap<Long, String> slowest = new TreeMap<>();
    List<String> findings = new ArrayList<>();
    SourceOfRandomness.create(Long.toString(seed));
    Iterator<BadRequest> tries = requests.sampleStream().limit(count).iterator();
    int tried = 0;
    while (tries.hasNext()) {
      // drawn here, in order, so the seed reproduces them; sent a batch at a time in parallel
      List<BadRequest> batch = new ArrayList<>();
      while (tries.hasNext() && batch.size() < BATCH) {
        batch.add(tries.next());
      }
      List<Future<String>> answers = new ArrayList<>();
      for (BadRequest request : batch) {
        answers.add(SENDERS.submit(() -> sendAndCheck(request, statuses, slowest, successAllowed)));
      }
      for (int i = 0; i < batch.size(); i++) {
        tried++;
        String problem = answerOf(answers.get(i));
        if (problem != null) {
          findings.add("try " + tried + " (seed " + seed + "): " + problem + " <- " + batch.get(i));
        }
      }
    }
    long eventsWritten = events() - eventsBefore;
    Outcome outcome =
        new Outcome(
            family, tried, statuses, eventsWritten, findings, System.currentTimeMillis() - started);
    System.out.println(outcome);
    slowest.descendingMap().values().forEach(slow -> System.out.println("  slowest: " + slow));
    findings.stream().limit(15).forEach(finding -> System.out.println("  " + finding));
    return outcome;
  }

  private String sendAndCheck(
      BadRequest request,
      Map<Integer, Integer> statuses,
      TreeMap<Long, String> slowest,
      Predicate<BadRequest> successAllowed) {
    try {
      long sent = System.nanoTime();
      RawHttp.Reply reply = http.send(request);
      long millis = (System.nanoTime() - sent) / 1_000_000;
      synchronized (statuses) {
        statuses.merge(reply.status(), 1, Integer::sum);
        slowest.put(millis * 1_000_000 + slowest.size(), millis + " ms " + request);
        while (slowest.size() > 3) {
          slowest.remove(slowest.firstKey());
        }
      }
      return check(reply, request, successAllowed);
    } catch (Exception e) {
      synchronized (statuses) {
        statuses.merge(-1, 1, Integer::sum);
      }
      return "no answer, " + e;
    }
  }

  private static String answerOf(Future<String> answer) {
    try {
      return answer.get();
    } catch (InterruptedException | ExecutionException e) {
      return "no answer, " + e;
    }
  }

  private static String check(
      RawHttp.Reply reply, BadRequest request, Predicate<BadRequest> successAllowed) {
    int status = reply.status();
    if (status >= 500) {
      return status + " " + abbreviate(reply.body());
    }
    if (status < 400) {
      return successAllowed.test(request)
          ? null
          : "accepted with " + status + " " + abbreviate(reply.body());
    }
    if (!reply.contentType().startsWith("application/problem+json")) {
      return status
          + " not problem+json but '"
          + reply.contentType()
          + "' "
          + abbreviate(reply.body());
    }
    try {
      JsonNode problem = JSON.readTree(reply.body());
      if (problem.path("status").asInt() != status) {
        return status + " problem with status " + problem.path("status");
      }
      if (status == 401 || status == 403) {
        return null;
      }
      JsonNode errors = problem.path("errors");
      if (!errors.isArray() || errors.isEmpty()) {
        return status + " problem without errors " + abbreviate(reply.body());
      }
      for (JsonNode error : errors) {
        if (error.path("rule").asText("").isBlank()) {
          return status + " error without rule " + abbreviate(reply.body());
        }
      }
      return null;
    } catch (Exception e) {
      return status + " unreadable problem " + abbreviate(reply.body());
    }
  }

  long events() {
    Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    return count == null ? 0 : count;
  }

  private static String abbreviate(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "…";
  }
}
