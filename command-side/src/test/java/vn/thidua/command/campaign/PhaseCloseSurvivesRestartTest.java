package vn.thidua.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import vn.thidua.command.CommandSideApplication;
import vn.thidua.command.CommandSideStores;

/**
 * A command side schedules a phase close and stops before it is due; a new command side on the same
 * PostgreSQL starts and the phase still freezes. The business clock of the first instance is moved
 * to a few seconds before the phase ends, so the test waits seconds, not months. Both instances use
 * their own db-scheduler table, so no other test's instance can fire the deadline.
 */
class PhaseCloseSurvivesRestartTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  /** Outside the public schema, which Flyway wants to find empty or migrated. */
  private static final String TABLE = "restart_test.scheduled_tasks_" + RUN.replace('-', '_');

  private static final String UNIT = "RS-" + RUN;
  private static final String CAMPAIGN = "RSC-" + RUN;
  private static final Instant PHASE_CLOSES_AT =
      LocalDate.of(2023, 4, 1).atStartOfDay(VIETNAM).toInstant();
  private static final Duration DUE_IN = Duration.ofSeconds(8);

  @Test
  void aPhaseScheduledBeforeARestartStillFreezesAfterIt() throws Exception {
    JdbcTemplate jdbc = ownConnection();
    ConfigurableApplicationContext first = start();
    try {
      String url = urlOf(first);
      assertThat(
              post(
                  url,
                  "/api/units",
                  "{\"unitId\":\"%s\",\"name\":\"TAND\",\"level\":\"PROVINCIAL\",\"judges\":2}"
                      .formatted(UNIT)))
          .isEqualTo(201);
      assertThat(
              post(
                  url,
                  "/api/cases",
                  "{\"caseId\":\"RK-%s\",\"unitId\":\"%s\",\"caseType\":\"CRIMINAL\",\"acceptedOn\":\"2023-01-05\"}"
                      .formatted(RUN, UNIT)))
          .isEqualTo(201);
      assertThat(
              post(
                  url,
                  "/api/cases/RK-" + RUN + "/verdict",
                  "{\"resolvedOn\":\"2023-03-01\",\"outcome\":\"TRIED\"}"))
          .isEqualTo(201);

      ShiftableClock.moveTo(PHASE_CLOSES_AT.minus(DUE_IN));
      assertThat(
              post(
                  url,
                  "/api/campaigns",
                  """
                  {"campaignId":"%s","organiserUnitId":"%s","title":"Thi đua","startsOn":"2022-10-01",
                   "endsOn":"2023-09-30","participantUnitIds":["%s"],
                   "phases":[{"phaseId":"dot-1","name":"Đợt 1","startsOn":"2022-10-01","endsOn":"2023-03-31"}],
                   "criteria":[{"metric":"RESOLUTION_RATE","direction":"HIGHER_IS_BETTER","target":90}]}"""
                      .formatted(CAMPAIGN, UNIT, UNIT)))
          .isEqualTo(201);
    } finally {
      first.close();
    }

    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM " + TABLE + " WHERE execution_time > now()", Long.class))
        .as("the phase close is scheduled, and not yet due when the first instance stops")
        .isEqualTo(1);
    assertThat(frozenPayloads(jdbc)).isZero();

    ConfigurableApplicationContext second = start();
    try {
      Instant giveUp = Instant.now().plus(DUE_IN).plusSeconds(30);
      while (frozenPayloads(jdbc) == 0 && Instant.now().isBefore(giveUp)) {
        Thread.sleep(250);
      }
      assertThat(frozenPayloads(jdbc)).isEqualTo(1);
      String payload =
          new String(
              jdbc.queryForObject(
                  "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%PhaseStandingsFrozen'",
                  byte[].class, CAMPAIGN),
              StandardCharsets.UTF_8);
      assertThat(payload).contains("\"unitId\":\"" + UNIT + "\"").contains("\"resolved\":1");
      assertThat(jdbc.queryForObject("SELECT count(*) FROM " + TABLE, Long.class)).isZero();
    } finally {
      second.close();
    }
  }

  private static long frozenPayloads(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%PhaseStandingsFrozen'",
        Long.class, CAMPAIGN);
  }

  private static ConfigurableApplicationContext start() {
    Map<String, Object> properties = new HashMap<>(CommandSideStores.properties());
    properties.put("server.port", "0");
    properties.put("spring.jmx.enabled", "false");
    properties.put("db-scheduler.table-name", TABLE);
    properties.put("db-scheduler.polling-interval", "1s");
    String[] arguments =
        properties.entrySet().stream()
            .map(property -> "--" + property.getKey() + "=" + property.getValue())
            .toArray(String[]::new);
    createSchedulerTable();
    return new SpringApplicationBuilder(CommandSideApplication.class, ShiftableClock.class)
        .run(arguments);
  }

  /** The layout of V3's scheduled_tasks, under this test's own name. */
  private static void createSchedulerTable() {
    JdbcTemplate jdbc = ownConnection();
    jdbc.execute("CREATE SCHEMA IF NOT EXISTS restart_test");
    jdbc.execute(
        """
        CREATE TABLE IF NOT EXISTS %s (
          task_name TEXT NOT NULL, task_instance TEXT NOT NULL, task_data BYTEA,
          execution_time TIMESTAMP WITH TIME ZONE NOT NULL, picked BOOLEAN NOT NULL,
          picked_by TEXT, last_success TIMESTAMP WITH TIME ZONE,
          last_failure TIMESTAMP WITH TIME ZONE, consecutive_failures INT,
          last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL, priority SMALLINT,
          PRIMARY KEY (task_name, task_instance))"""
            .formatted(TABLE));
  }

  /** Outlives the instances' own connection pools. */
  private static JdbcTemplate ownConnection() {
    return new JdbcTemplate(
        new org.springframework.jdbc.datasource.DriverManagerDataSource(
            (String) CommandSideStores.properties().get("spring.datasource.url"),
            (String) CommandSideStores.properties().get("spring.datasource.username"),
            (String) CommandSideStores.properties().get("spring.datasource.password")));
  }

  private static String urlOf(ConfigurableApplicationContext context) {
    return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static int post(String url, String path, String body) {
    return RestClient.create()
        .post()
        .uri(url + path)
        .contentType(MediaType.APPLICATION_JSON)
        .headers(headers -> headers.setBasicAuth("quantri", "thidua-local"))
        .body(body.getBytes(StandardCharsets.UTF_8))
        .exchange((request, response) -> response.getStatusCode().value());
  }

  /**
   * The business clock of these instances; not a component, so no other test's context picks it up.
   * Until moved it reads the real time.
   */
  static class ShiftableClock {
    private static final AtomicReference<Duration> SHIFT = new AtomicReference<>(Duration.ZERO);

    static void moveTo(Instant businessNow) {
      SHIFT.set(Duration.between(Instant.now(), businessNow));
    }

    @Bean
    @Primary
    Clock shiftedClock() {
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return Clock.offset(Clock.system(zone), SHIFT.get());
        }

        @Override
        public Instant instant() {
          return Instant.now().plus(SHIFT.get());
        }
      };
    }
  }
}
