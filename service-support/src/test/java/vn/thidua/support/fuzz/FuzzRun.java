package vn.thidua.support.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends one family's generated bad inputs and checks every answer: never a 5xx; a 4xx is
 * problem+json naming the rule; a 2xx only where the family allows one; and no event written.
 *
 * <p>Try {@code n} of a family draws from its own random source, seeded from the family's seed and
 * {@code n}: a finding names both, and {@code -Dfuzz.replay=SEED:TRY} sends only that request again
 * (the other families are skipped). {@code -Dfuzz.tries=N} changes the number of tries per family.
 */
public final class FuzzRun {
  public static final int TRIES = Integer.getInteger("fuzz.tries", 1_000);
  private static final String REPLAY = System.getProperty("fuzz.replay", "");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Tries in flight at once: enough to keep both cores busy while others wait on the socket. */
  private static final int PARALLEL = 8;

  private static final int BATCH = 64;
  private static final ExecutorService SENDERS = Executors.newFixedThreadPool(PARALLEL);
  private static final AtomicInteger TOTAL_TRIES = new AtomicInteger();

  private final RawHttp http;
  private final JdbcTemplate jdbc;

  public FuzzRun(RawHttp http, JdbcTemplate jdbc) {
    this.http = http;
    this.jdbc = jdbc;
  }

  /** What one family's run saw. */
  public record Outcome(
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

  /** The tries of all families run so far in this JVM. */
  public static int totalTries() {
    return TOTAL_TRIES.get();
  }

  /**
   * Runs {@link #TRIES} tries of the family (or the one try to replay) and asserts the figures:
   * every try sent, no findings, no event written.
   */
  public Outcome check(
      String family, Gen<BadRequest> requests, long seed, Predicate<BadRequest> successAllowed) {
    List<Integer> tries = triesOf(seed);
    Outcome outcome = run(family, requests, seed, tries, successAllowed);
    TOTAL_TRIES.addAndGet(outcome.tries());
    assertThat(outcome.tries()).as(family + " tries").isEqualTo(tries.size());
    assertThat(outcome.findings()).as(family + " findings").isEmpty();
    assertThat(outcome.eventsWritten()).as(family + " events written").isZero();
    return outcome;
  }

  /** Tries 1 to {@link #TRIES}, or only the one of {@code -Dfuzz.replay=SEED:TRY}. */
  private static List<Integer> triesOf(long seed) {
    if (REPLAY.isBlank()) {
      return IntStream.rangeClosed(1, TRIES).boxed().toList();
    }
    String[] seedAndTry = REPLAY.split(":");
    assumeTrue(Long.parseLong(seedAndTry[0].trim()) == seed, "replaying seed " + seedAndTry[0]);
    return List.of(Integer.parseInt(seedAndTry[1].trim()));
  }

  /** The random source of one try: the same seed and try draw the same request. */
  static RandomGenerator randomFor(long seed, int tryNumber) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + tryNumber);
  }

  private Outcome run(
      String family,
      Gen<BadRequest> requests,
      long seed,
      List<Integer> tries,
      Predicate<BadRequest> successAllowed) {
    long started = System.currentTimeMillis();
    long eventsBefore = events();
    Map<Integer, Integer> statuses = new TreeMap<>();
    TreeMap<Long, String> slowest = new TreeMap<>();
    List<String> findings = new ArrayList<>();
    for (int from = 0; from < tries.size(); from += BATCH) {
      List<Integer> batch = tries.subList(from, Math.min(tries.size(), from + BATCH));
      List<BadRequest> drawn = new ArrayList<>();
      List<Future<String>> answers = new ArrayList<>();
      for (int tryNumber : batch) {
        BadRequest request = requests.draw(randomFor(seed, tryNumber));
        drawn.add(request);
        if (!REPLAY.isBlank()) {
          System.out.println("  replaying try " + tryNumber + ": " + request);
        }
        answers.add(SENDERS.submit(() -> sendAndCheck(request, statuses, slowest, successAllowed)));
      }
      for (int i = 0; i < batch.size(); i++) {
        String problem = answerOf(answers.get(i));
        if (problem != null) {
          findings.add(
              "try %d (rerun with -Dfuzz.replay=%d:%d): %s <- %s"
                  .formatted(batch.get(i), seed, batch.get(i), problem, drawn.get(i)));
        }
      }
    }
    long eventsWritten = events() - eventsBefore;
    Outcome outcome =
        new Outcome(
            family,
            tries.size(),
            statuses,
            eventsWritten,
            findings,
            System.currentTimeMillis() - started);
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

  private long events() {
    Boolean stored =
        jdbc.queryForObject("SELECT to_regclass('domain_event_entry') IS NOT NULL", Boolean.class);
    if (!Boolean.TRUE.equals(stored)) {
      return 0;
    }
    Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    return count == null ? 0 : count;
  }

  private static String abbreviate(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "…";
  }
}
