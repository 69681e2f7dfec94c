package vn.thidua.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.thidua.testing.FreePorts;
import vn.thidua.testing.ServiceProcess;

/**
 * Fault d: two command-side instances behind one PostgreSQL take commands for the same aggregates
 * at once. Both append to each judge's stream; a lost race on a sequence number is retried on the
 * fresh state, so every 2xx answer has its event and none is lost.
 */
class TwoCommandSidesIT {
  private static final int JUDGES = 4;
  private static final int MONTHS_PER_JUDGE = 60;
  private static final int CLIENTS = 8;
  private static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void twoInstancesAcceptConcurrentCommandsForTheSameAggregatesWithoutLosingAny() {
    Figures figures = new Figures("d two-command-sides-same-aggregates");
    try (Teardown teardown = new Teardown()) {
      Path data = teardown.folder("fault-d-");
      StoresProcess postgres = teardown.add(StoresProcess.postgres(data, FreePorts.next()));
      String jdbcUrl = postgres.postgresJdbcUrl();
      Map<String, String> environment = PostgresStoppedUnderCommandsIT.environment(jdbcUrl);
      // one after the other: the second finds the schema migrated
      List<ServiceProcess> services =
          List.of(
              teardown.add(Services.start("command-side-a", "thidua.commandSideJar", environment)),
              teardown.add(Services.start("command-side-b", "thidua.commandSideJar", environment)));
      List<Api> instances = services.stream().map(Api::new).toList();
      Court.register(instances.get(0));

      int commands = JUDGES * MONTHS_PER_JUDGE;
      CommandStream stream =
          teardown.add(
              new CommandStream(
                  CLIENTS,
                  commands,
                  (number, client) -> {
                    int index = number - 1;
                    int judge = index % JUDGES;
                    int month = index / JUDGES;
                    // a judge's consecutive months go to alternate instances, at the same time
                    return recordUse(
                        instances.get(month % 2), judge, FIRST_MONTH.plusMonths(month));
                  }));
      Instant started = Instant.now();
      stream.start();
      stream.awaitAnswers(started, commands, answer -> true, Duration.ofMinutes(3));
      Duration took = Duration.between(started, Instant.now());
      stream.close();

      Map<Integer, Long> acceptedPerJudge = new TreeMap<>();
      for (CommandStream.Sent sent : stream.answers()) {
        if (sent.answer().ok()) {
          acceptedPerJudge.merge((sent.number() - 1) % JUDGES, 1L, Long::sum);
        }
      }
      Map<String, Long> stored = new EventRows(jdbcUrl).perAggregate("judge:FAULT-J");
      long accepted = acceptedPerJudge.values().stream().mapToLong(Long::longValue).sum();
      long events = stored.values().stream().mapToLong(Long::longValue).sum();
      JsonNode chain = instances.get(1).read("kiemtra", "/api/integrity/verify");
      figures
          .put("instances", instances.size())
          .put("aggregates", JUDGES)
          .put("commands", stream.answers().size())
          .put("statuses", stream.statuses())
          .put("accepted 2xx", accepted)
          .put("events stored", events)
          .put("events lost", accepted - events)
          .put(
              "sequence conflicts retried",
              services.stream()
                  .mapToLong(
                      service ->
                          service.log().linesContaining("resulted in an exception. Will retry"))
                  .sum())
          .put("seconds", took.toMillis() / 1000.0)
          .put("commands per second", Math.round(commands / (took.toMillis() / 1000.0)))
          .put("chain ok", chain.path("ok").asBoolean())
          .put("faults survived", 1);

      assertThat(stream.statuses()).as("every command accepted").containsOnlyKeys(201);
      for (int judge = 0; judge < JUDGES; judge++) {
        assertThat(stored.get(aggregate(judge)))
            .as("events of judge " + judge)
            .isEqualTo(acceptedPerJudge.get(judge))
            .isEqualTo((long) MONTHS_PER_JUDGE);
      }
      assertThat(chain.path("ok").asBoolean()).as(chain.toString()).isTrue();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      figures.print();
    }
  }

  private static Api.Answer recordUse(Api instance, int judge, YearMonth month) {
    return instance.post(
        "thuky.qn",
        "/api/judges/" + judgeId(judge) + "/virtual-assistant-use",
        "{\"unitId\":\"TAND-QN-HALONG\",\"month\":\"%s\",\"questionsAndAnswersContributed\":%d}"
            .formatted(month, 1 + month.getMonthValue()));
  }

  private static String judgeId(int judge) {
    return "FAULT-J" + judge;
  }

  private static String aggregate(int judge) {
    return "judge:" + judgeId(judge);
  }
}
