package vn.thidua.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.thidua.testing.FreePorts;
import vn.thidua.testing.Processes;
import vn.thidua.testing.ServiceProcess;

/**
 * Fault c: two query-side instances share the processors through the token store. One is killed
 * (kill -9) while cases keep arriving; the other claims its segments within 30 s, and the
 * leaderboard counts exactly the cases the command side accepted: nothing lost, nothing twice.
 */
class QuerySideTakeoverIT {
  private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(30);

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void theSurvivorTakesOverTheKilledInstancesSegmentsWithNothingLostOrAppliedTwice() {
    Figures figures = new Figures("c query-side-takeover");
    try (Teardown teardown = new Teardown()) {
      Path data = teardown.folder("fault-c-");
      StoresProcess postgres =
          teardown.add(StoresProcess.postgres(data.resolve("pg"), FreePorts.next()));
      StoresProcess mongo = teardown.add(StoresProcess.mongo(data.resolve("mongo")));
      Map<String, String> environment = environment(postgres, mongo.mongoUri());
      Api commands =
          new Api(
              teardown.add(Services.start("command-side", "thidua.commandSideJar", environment)));
      Court.register(commands);
      Court.launchCampaign(commands);

      // side by side, so both race for the segments
      ServiceProcess first =
          teardown.add(Services.launch("query-side-a", "thidua.querySideJar", environment));
      ServiceProcess second =
          teardown.add(Services.launch("query-side-b", "thidua.querySideJar", environment));
      first.awaitHealthy(Duration.ofSeconds(150));
      second.awaitHealthy(Duration.ofSeconds(150));
      TokenOwners tokens = teardown.add(new TokenOwners(mongo.mongoUri()));
      Map<String, Long> before = awaitAllClaimed(tokens, Duration.ofSeconds(30));
      long firstOwns = before.values().stream().filter(pid -> pid == first.pid()).count();
      long secondOwns = before.values().stream().filter(pid -> pid == second.pid()).count();
      figures
          .put("segments", before.size())
          .put("owned by a before", firstOwns)
          .put("owned by b before", secondOwns);

      Map<String, AtomicLong> accepted = new ConcurrentHashMap<>();
      Map<String, AtomicLong> resolved = new ConcurrentHashMap<>();
      CommandStream stream =
          teardown.add(
              new CommandStream(
                  2, (number, client) -> caseWithVerdict(commands, number, accepted, resolved)));
      Instant started = Instant.now();
      stream.start();
      stream.awaitAnswers(started, 60, Api.Answer::ok, Duration.ofSeconds(60));

      // the one holding the leaderboards' segment dies, whatever else it holds
      ServiceProcess killed = before.get("ledger/0") == first.pid() ? first : second;
      ServiceProcess survivor = killed == first ? second : first;
      long killedOwned = before.values().stream().filter(pid -> pid == killed.pid()).count();
      Instant killedAt = Instant.now();
      killed.kill();
      Map<String, Long> after =
          awaitOwnedBy(tokens, survivor.pid(), TAKEOVER_LIMIT.plusSeconds(30));
      Duration takeover = Duration.between(killedAt, Instant.now());
      stream.awaitAnswers(Instant.now(), 40, Api.Answer::ok, Duration.ofSeconds(60));
      stream.close();

      Api reads = new Api(survivor);
      Map<String, Long> expectedAccepted = counts(accepted);
      Map<String, Long> expectedResolved = counts(resolved);
      Map<String, Long> shownAccepted = new HashMap<>();
      Map<String, Long> shownResolved = new HashMap<>();
      Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
      do {
        Processes.pause(Duration.ofMillis(500));
        leaderboard(reads, shownAccepted, shownResolved);
      } while ((!shownAccepted.equals(expectedAccepted) || !shownResolved.equals(expectedResolved))
          && Instant.now().isBefore(deadline));
      long sent = expectedAccepted.values().stream().mapToLong(Long::longValue).sum();
      long shown = shownAccepted.values().stream().mapToLong(Long::longValue).sum();
      figures
          .put("killed", killed.name())
          .put("segments the killed one held", killedOwned)
          .put("takeover seconds", takeover.toMillis() / 1000.0)
          .put("segments owned by the survivor after", after.size())
          .put("commands", stream.answers().size())
          .put("statuses", stream.statuses())
          .put("cases accepted", sent)
          .put("cases on the leaderboard", shown)
          .put("verdicts", expectedResolved.values().stream().mapToLong(Long::longValue).sum())
          .put("events lost", Math.max(0, sent - shown))
          .put("events applied twice", Math.max(0, shown - sent))
          .put("faults survived", 1);

      assertThat(takeover).isLessThanOrEqualTo(TAKEOVER_LIMIT);
      assertThat(after.values()).containsOnly(survivor.pid());
      assertThat(shownAccepted).isEqualTo(expectedAccepted);
      assertThat(shownResolved).isEqualTo(expectedResolved);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      figures.print();
    }
  }

  /** Accepts a case in phase 1; every other one is also resolved in phase 1. */
  private static Api.Answer caseWithVerdict(
      Api commands,
      int number,
      Map<String, AtomicLong> accepted,
      Map<String, AtomicLong> resolved) {
    String unit = Court.DISTRICTS[number % 2];
    String caseId = "TK-" + number;
    Api.Answer answer =
        Court.acceptCase(commands, caseId, unit, "2022-11-%02d".formatted(1 + number % 28));
    if (!answer.ok()) {
      return answer;
    }
    accepted.computeIfAbsent(unit, u -> new AtomicLong()).incrementAndGet();
    if (number % 2 == 0) {
      Api.Answer verdict =
          Court.recordVerdict(commands, caseId, "2023-01-%02d".formatted(1 + number % 28));
      if (verdict.ok()) {
        resolved.computeIfAbsent(unit, u -> new AtomicLong()).incrementAndGet();
      }
      return verdict;
    }
    return answer;
  }

  private static void leaderboard(
      Api reads, Map<String, Long> acceptedPerUnit, Map<String, Long> resolvedPerUnit) {
    Api.Answer answer =
        reads.get("phantich", "/api/campaigns/" + Court.CAMPAIGN + "/leaderboard?phaseId=DOT-1");
    if (answer.status() != 200) {
      return;
    }
    acceptedPerUnit.clear();
    resolvedPerUnit.clear();
    for (JsonNode row : answer.json().path("rows")) {
      String unit = row.path("unitId").asText();
      if (row.path("accepted").asLong() > 0) {
        acceptedPerUnit.put(unit, row.path("accepted").asLong());
      }
      if (row.path("resolved").asLong() > 0) {
        resolvedPerUnit.put(unit, row.path("resolved").asLong());
      }
    }
  }

  private static Map<String, Long> counts(Map<String, AtomicLong> counters) {
    Map<String, Long> counts = new HashMap<>();
    counters.forEach((unit, count) -> counts.put(unit, count.get()));
    return counts;
  }

  private static Map<String, Long> awaitAllClaimed(TokenOwners tokens, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Map<String, Long> owners = tokens.owners();
    while ((owners.isEmpty() || owners.containsValue(-1L)) && Instant.now().isBefore(deadline)) {
      Processes.pause(Duration.ofMillis(200));
      owners = tokens.owners();
    }
    assertThat(owners).isNotEmpty().doesNotContainValue(-1L);
    return owners;
  }

  private static Map<String, Long> awaitOwnedBy(TokenOwners tokens, long pid, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Map<String, Long> owners = tokens.owners();
    while (!List.copyOf(owners.values()).stream().allMatch(owner -> owner == pid)
        && Instant.now().isBefore(deadline)) {
      Processes.pause(Duration.ofMillis(200));
      owners = tokens.owners();
    }
    return owners;
  }

  static Map<String, String> environment(StoresProcess postgres, String mongoUri) {
    Map<String, String> environment =
        new HashMap<>(PostgresStoppedUnderCommandsIT.environment(postgres.postgresJdbcUrl()));
    environment.put("THIDUA_MONGODB_URI", mongoUri);
    return environment;
  }
}
