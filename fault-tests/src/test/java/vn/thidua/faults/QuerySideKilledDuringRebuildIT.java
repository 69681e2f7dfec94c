package vn.thidua.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.thidua.testing.FreePorts;
import vn.thidua.testing.Processes;
import vn.thidua.testing.ServiceProcess;

/**
 * Fault a: the query side is killed (kill -9) in the middle of a rebuild of every read model. Once
 * started again it resumes the rebuild from its shadow processor's stored position and finishes it,
 * and the read models then hold exactly the documents a fresh query side builds from the same
 * events in a database of its own.
 */
class QuerySideKilledDuringRebuildIT {
  private static final int CASES = 2_000;

  /**
   * The shadow folds this many events per batch (20,000 by default, more than this test stores):
   * smaller, so the rebuild stores its position several times and the kill falls between two.
   */
  private static final String REPLAY_BATCH_SIZE = "100";

  /** The kill comes once the shadow has stored a position past this share of the events. */
  private static final double KILL_PAST = 0.2;

  /** The processing's bookkeeping, as the query side's thidua.read-models.*.ignored-fields. */
  private static final Map<String, List<String>> IGNORED =
      Map.of("ledger", List.of("position", "version"));

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void aRebuildKilledHalfWayResumesAfterRestartAndEqualsACleanBuild() {
    Figures figures = new Figures("a query-side-killed-during-rebuild");
    try (Teardown teardown = new Teardown()) {
      Path data = teardown.folder("fault-a-");
      StoresProcess postgres =
          teardown.add(StoresProcess.postgres(data.resolve("pg"), FreePorts.next()));
      StoresProcess mongo = teardown.add(StoresProcess.mongo(data.resolve("mongo")));
      String mongoUri = mongo.mongoUri();
      Map<String, String> environment = QuerySideTakeoverIT.environment(postgres, mongoUri);
      Api commands =
          new Api(
              teardown.add(Services.start("command-side", "thidua.commandSideJar", environment)));
      Court.register(commands);
      Court.launchCampaign(commands);
      Instant importing = Instant.now();
      JsonNode imported =
          commands.post("thuky.qn", "/api/imports/caseload", "text/csv", caseload(CASES)).json();
      assertThat(imported.path("rejected").asLong()).as(imported.toString()).isZero();
      long events = new EventRows(postgres.postgresJdbcUrl()).total();
      figures
          .put("events", events)
          .put("import seconds", Duration.between(importing, Instant.now()).toSeconds());

      environment.put("THIDUA_REPLAY_BATCH_SIZE", REPLAY_BATCH_SIZE);
      ServiceProcess first =
          teardown.add(Services.start("query-side-1", "thidua.querySideJar", environment));
      Api reads = new Api(first);
      awaitCaughtUp(reads, Duration.ofMinutes(3));
      JsonNode started = postAccepted(reads, "/api/read-models/rebuild");
      String rebuildId = started.path("rebuildId").asText();
      long storedAtKill;
      try (TokenOwners tokens = new TokenOwners(mongoUri)) {
        storedAtKill = awaitStored(tokens, "rebuild@" + rebuildId, events, Duration.ofMinutes(2));
        first.kill();
      }
      Instant killedAt = Instant.now();
      figures
          .put("rebuild", rebuildId)
          .put("shadow position stored at kill", storedAtKill)
          .put("killed at percent", Math.round(1000.0 * storedAtKill / events) / 10.0);
      assertThat(storedAtKill).as("killed in the middle of building").isLessThan(events);
      ServiceProcess second =
          teardown.add(Services.start("query-side-2", "thidua.querySideJar", environment));
      Api restarted = new Api(second);
      JsonNode finished = awaitFinished(restarted, rebuildId, Duration.ofMinutes(3));
      figures
          .put("state after restart", finished.path("state").asText())
          .put(
              "seconds from kill to done",
              Duration.between(killedAt, Instant.now()).toMillis() / 1000.0)
          .put("consistency check differences", differences(finished))
          .put("failure", finished.path("failure").asText(null));
      assertThat(finished.path("state").asText()).as(finished.toString()).isEqualTo("DONE");
      assertThat(differences(finished)).as(finished.toString()).isZero();
      JsonNode readModels = restarted.read("kiemtra", "/api/read-models");
      awaitCaughtUp(restarted, Duration.ofMinutes(2));
      second.close();

      // a clean run: a fresh query side builds every read model from the events, elsewhere
      String cleanDatabase = "thidua_clean";
      Map<String, String> clean = new HashMap<>(environment);
      clean.put(
          "THIDUA_MONGODB_URI",
          mongoUri.substring(0, mongoUri.lastIndexOf('/') + 1) + cleanDatabase);
      ServiceProcess fresh =
          teardown.add(Services.start("query-side-clean", "thidua.querySideJar", clean));
      awaitCaughtUp(new Api(fresh), Duration.ofMinutes(3));
      fresh.close();

      String database = mongoUri.substring(mongoUri.lastIndexOf('/') + 1);
      long compared = 0;
      List<String> differences = new ArrayList<>();
      try (ReadModelDocuments documents = new ReadModelDocuments(mongoUri)) {
        for (JsonNode model : readModels) {
          String generation = model.path("liveGeneration").asText();
          List<String> ignored = IGNORED.getOrDefault(model.path("name").asText(), List.of());
          for (JsonNode collection : model.path("collections")) {
            String name = collection.asText();
            ReadModelDocuments.Comparison comparison =
                documents.compare(
                    database,
                    generation.isEmpty() ? name : name + "__" + generation,
                    cleanDatabase,
                    name,
                    ignored);
            compared += comparison.documents();
            differences.addAll(comparison.differences());
          }
        }
      }
      figures
          .put("documents compared with a clean build", compared)
          .put("documents differing", differences.size())
          .put("faults survived", 1);
      assertThat(compared).isPositive();
      assertThat(differences).isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      figures.print();
    }
  }

  /** Cases accepted in phase 1 by the two district courts, three in four resolved in phase 2. */
  private static String caseload(int cases) {
    StringBuilder csv =
        new StringBuilder("kind,caseId,unitId,caseType,acceptedOn,resolvedOn,outcome\n");
    for (int i = 0; i < cases; i++) {
      csv.append(
          "ACCEPT,RB-%d,%s,CIVIL,2022-%02d-%02d,,\n"
              .formatted(i, Court.DISTRICTS[i % 2], 10 + i % 3, 1 + i % 28));
    }
    for (int i = 0; i < cases; i++) {
      if (i % 4 != 0) {
        csv.append("VERDICT,RB-%d,,,,2023-%02d-%02d,TRIED\n".formatted(i, 4 + i % 5, 1 + i % 28));
      }
    }
    return csv.toString();
  }

  private static JsonNode postAccepted(Api reads, String path) {
    Api.Answer answer = reads.post("quantri", path, "");
    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    return answer.json();
  }

  /**
   * Polls the shadow processor's stored position in the token store until it has passed {@link
   * #KILL_PAST} of the events: what a restart can resume from.
   */
  private static long awaitStored(
      TokenOwners tokens, String shadow, long events, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      long stored = tokens.storedIndex(shadow);
      if (stored >= KILL_PAST * events) {
        return stored;
      }
      Processes.pause(Duration.ofMillis(5));
    }
    throw new AssertionError("the rebuild stored no position past " + KILL_PAST * events);
  }

  private static JsonNode awaitFinished(Api reads, String rebuildId, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    JsonNode progress = reads.read("kiemtra", "/api/read-models/rebuilds/" + rebuildId);
    while (Instant.now().isBefore(deadline)) {
      String state = progress.path("state").asText();
      if (state.equals("DONE") || state.equals("FAILED")) {
        return progress;
      }
      Processes.pause(Duration.ofMillis(500));
      progress = reads.read("kiemtra", "/api/read-models/rebuilds/" + rebuildId);
    }
    throw new AssertionError("the rebuild did not finish: " + progress);
  }

  /** Every live processor at the head of the event store. */
  private static void awaitCaughtUp(Api reads, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      Api.Answer answer = reads.get("kiemtra", "/api/processors");
      if (answer.status() == 200) {
        boolean caughtUp = true;
        for (JsonNode processor : answer.json()) {
          caughtUp &=
              processor.path("running").asBoolean()
                  && processor.path("eventsBehind").isNumber()
                  && processor.path("eventsBehind").asLong() == 0;
        }
        if (caughtUp && answer.json().size() > 0) {
          return;
        }
      }
      Processes.pause(Duration.ofMillis(500));
    }
    throw new AssertionError(
        "the processors did not catch up: " + reads.get("kiemtra", "/api/processors").body());
  }

  private static long differences(JsonNode rebuild) {
    long found = 0;
    for (JsonNode check : rebuild.path("checks")) {
      found += check.path("differencesFound").asLong();
    }
    return found;
  }
}
