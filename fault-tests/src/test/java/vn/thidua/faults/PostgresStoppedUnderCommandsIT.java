package vn.thidua.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.thidua.testing.FreePorts;
import vn.thidua.testing.Processes;
import vn.thidua.testing.ServiceProcess;

/**
 * Fault b: PostgreSQL stops (then crashes, kill -9) while clerks keep recording cases. Commands
 * answer 201 or 503 (a problem with Retry-After, within seconds); every 201 has its event; a 503
 * sent again is accepted, or refused as already done where its commit went through as PostgreSQL
 * went, so every case ends with exactly one event. Once PostgreSQL is back on the same data the
 * very same command side accepts commands again and the hash chain verifies.
 */
class PostgresStoppedUnderCommandsIT {
  private static final int CLIENTS = 4;
  private static final Duration DOWN_FOR = Duration.ofSeconds(10);

  @Test
  @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
  void commandsAnswer503WhilePostgresIsDownAndAllWorksAgainAfterItsRestart() throws Exception {
    Figures figures = new Figures("b postgres-stopped-under-commands");
    try (Teardown teardown = new Teardown()) {
      Path data = teardown.folder("fault-b-");
      int postgresPort = FreePorts.next();
      StoresProcess postgres = teardown.add(StoresProcess.postgres(data, postgresPort));
      String jdbcUrl = postgres.postgresJdbcUrl();
      ServiceProcess commandSide =
          teardown.add(
              Services.start("command-side", "thidua.commandSideJar", environment(jdbcUrl)));
      Api commands = new Api(commandSide);
      Court.register(commands);

      CommandStream stream =
          teardown.add(
              new CommandStream(
                  CLIENTS,
                  (number, client) ->
                      Court.acceptCase(
                          commands, caseId(number), Court.DISTRICTS[client % 2], "2023-01-02")));
      Instant started = Instant.now();
      stream.start();
      stream.awaitAnswers(started, 40, Api.Answer::ok, Duration.ofSeconds(60));

      Instant stopping = Instant.now();
      postgres.stop();
      Instant stopped = Instant.now();
      stream.awaitAnswers(stopped, 1, answer -> answer.status() == 503, Duration.ofSeconds(30));
      Processes.pause(DOWN_FOR);
      Instant restarting = Instant.now();
      postgres = teardown.add(StoresProcess.postgres(data, postgresPort));
      Instant restarted = Instant.now();
      stream.awaitAnswers(restarted, 40, Api.Answer::ok, Duration.ofSeconds(60));
      Instant firstOkAfterRestart =
          stream.answers().stream()
              .filter(sent -> sent.answer().ok() && sent.sentAt().isAfter(restarted))
              .map(sent -> sent.sentAt().plus(sent.answer().took()))
              .min(Instant::compareTo)
              .orElseThrow();

      // then a crash: kill -9 of PostgreSQL's processes, recovery from its WAL at the next start
      Instant crashed = Instant.now();
      postgres.crashPostgres();
      stream.awaitAnswers(crashed, 1, answer -> answer.status() == 503, Duration.ofSeconds(30));
      Processes.pause(DOWN_FOR.dividedBy(2));
      postgres.stop();
      postgres = teardown.add(StoresProcess.postgres(data, postgresPort));
      Instant recovered = Instant.now();
      stream.awaitAnswers(recovered, 40, Api.Answer::ok, Duration.ofSeconds(60));
      long unavailableAfterCrash =
          stream.answers().stream()
              .filter(sent -> sent.answer().status() == 503 && !sent.sentAt().isBefore(crashed))
              .count();
      stream.close();

      List<CommandStream.Sent> answers = stream.answers();
      List<CommandStream.Sent> accepted =
          answers.stream().filter(sent -> sent.answer().ok()).toList();
      List<CommandStream.Sent> unavailable =
          answers.stream().filter(sent -> sent.answer().status() == 503).toList();
      Duration slowest503 =
          unavailable.stream()
              .map(sent -> sent.answer().took())
              .max(Duration::compareTo)
              .orElse(null);
      Map<String, Long> stored = new EventRows(jdbcUrl).perAggregate("PG-");
      long acceptedWithoutEvent =
          accepted.stream().filter(sent -> stored.get(caseId(sent.number())) == null).count();
      long acceptedWithOtherThanOneEvent =
          accepted.stream()
              .filter(sent -> stored.getOrDefault(caseId(sent.number()), 0L) != 1L)
              .count();
      // a commit under way when PostgreSQL goes leaves the client in doubt: it may have gone
      // through
      long inDoubtOnStop =
          unavailable.stream()
              .filter(sent -> sent.sentAt().isBefore(crashed))
              .filter(sent -> stored.containsKey(caseId(sent.number())))
              .count();
      long inDoubtAfterCrash =
          unavailable.stream()
              .filter(sent -> !sent.sentAt().isBefore(crashed))
              .filter(sent -> stored.containsKey(caseId(sent.number())))
              .count();
      // what a client does with a 503: send the command again; once, in the end, for each case
      Map<Integer, Long> resent = new java.util.TreeMap<>();
      for (CommandStream.Sent sent : unavailable) {
        Api.Answer again =
            Court.acceptCase(commands, caseId(sent.number()), Court.DISTRICTS[0], "2023-01-02");
        resent.merge(again.status(), 1L, Long::sum);
        assertThat(again.status())
            .as("resent " + caseId(sent.number()) + ": " + again.body())
            .isEqualTo(stored.containsKey(caseId(sent.number())) ? 409 : 201);
      }
      Map<String, Long> storedInTheEnd = new EventRows(jdbcUrl).perAggregate("PG-");
      JsonNode chain = verifiedChain(commands);
      figures
          .put("commands", answers.size())
          .put("statuses", stream.statuses())
          .put("accepted 2xx", accepted.size())
          .put("answered 503", unavailable.size())
          .put("slowest 503 ms", slowest503 == null ? null : slowest503.toMillis())
          .put("postgres stop took ms", Duration.between(stopping, stopped).toMillis())
          .put("postgres down ms", Duration.between(stopped, restarted).toMillis())
          .put("restart took ms", Duration.between(restarting, restarted).toMillis())
          .put(
              "first 2xx after restart ms",
              Duration.between(restarted, firstOkAfterRestart).toMillis())
          .put("case events stored", stored.values().stream().mapToLong(Long::longValue).sum())
          .put("events lost (2xx without event)", acceptedWithoutEvent)
          .put("503 in doubt, event stored (stop)", inDoubtOnStop)
          .put("503 in doubt, event stored (crash)", inDoubtAfterCrash)
          .put("503s sent again", resent)
          .put("503 after the crash", unavailableAfterCrash)
          .put("recovery after the crash ms", Duration.between(crashed, recovered).toMillis())
          .put("chain ok", chain.path("ok").asBoolean())
          .put("chain events checked", chain.path("eventsChecked").asLong())
          .put("faults survived", 2);

      assertThat(stream.statuses().keySet())
          .as("every answer is 201 or 503")
          .containsOnly(201, 503);
      assertThat(unavailable).isNotEmpty();
      for (CommandStream.Sent sent : unavailable) {
        assertThat(sent.answer().contentType()).startsWith("application/problem+json");
        assertThat(sent.answer().retryAfter()).isNotNull();
        assertThat(sent.answer().json().path("errors").path(0).path("rule").asText())
            .isEqualTo("store-available");
      }
      assertThat(slowest503).isLessThan(Duration.ofSeconds(10));
      assertThat(acceptedWithOtherThanOneEvent)
          .as("2xx commands without exactly one event")
          .isZero();
      assertThat(storedInTheEnd.values())
          .as("every case once sent again: one event each, none twice")
          .containsOnly(1L)
          .hasSize(answers.size());
      assertThat(chain.path("ok").asBoolean()).as(chain.toString()).isTrue();
      assertThat(chain.path("brokenLinks").asLong()).isZero();
    } finally {
      figures.print();
    }
  }

  /** The chain once the sealer has caught up with the events appended before and after the stop. */
  private static JsonNode verifiedChain(Api commands) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    JsonNode report = commands.read("kiemtra", "/api/integrity/verify");
    while (report.path("unsealedEvents").asLong() > 0 && Instant.now().isBefore(deadline)) {
      Processes.pause(Duration.ofMillis(500));
      report = commands.read("kiemtra", "/api/integrity/verify");
    }
    return report;
  }

  private static String caseId(int number) {
    return "PG-" + number;
  }

  static Map<String, String> environment(String jdbcUrl) {
    return Map.of(
        "THIDUA_EVENTSTORE_URL",
        jdbcUrl,
        "THIDUA_EVENTSTORE_USER",
        StoresProcess.USER,
        "THIDUA_EVENTSTORE_PASSWORD",
        StoresProcess.PASSWORD,
        // the command side keeps no read model in MongoDB; nothing listens here
        "THIDUA_MONGODB_URI",
        "mongodb://127.0.0.1:9/unused");
  }
}
