package vn.thidua.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * Two command sides on one PostgreSQL take commands for the same aggregates at the same moment: the
 * loser of each append race retries on the fresh state, so nothing is lost or doubled.
 */
class TwoInstancesRaceTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
  private static final List<String> urls = new ArrayList<>();

  @BeforeAll
  static void startTwoInstances() {
    for (int i = 0; i < 2; i++) {
      Map<String, Object> properties = new HashMap<>(CommandSideStores.properties());
      properties.put("server.port", "0");
      properties.put("spring.jmx.enabled", "false");
      // as command-line arguments, so they win over application.yml like a real launch
      String[] arguments =
          properties.entrySet().stream()
              .map(property -> "--" + property.getKey() + "=" + property.getValue())
              .toArray(String[]::new);
      ConfigurableApplicationContext context =
          new SpringApplicationBuilder(CommandSideApplication.class).run(arguments);
      instances.add(context);
      urls.add(
          "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }
    post(
        urls.get(0),
        "/api/units",
        "{\"unitId\":\"R-%s\",\"name\":\"TAND\",\"level\":\"PROVINCIAL\",\"judges\":1}"
            .formatted(RUN));
  }

  @AfterAll
  static void stopInstances() {
    instances.forEach(ConfigurableApplicationContext::close);
  }

  @Test
  void everyConcurrentChangeToOneUnitIsKeptInOrder() throws Exception {
    int perInstance = 25;
    List<Callable<Integer>> changes = new ArrayList<>();
    for (int i = 0; i < perInstance * 2; i++) {
      String url = urls.get(i % 2);
      int judges = i + 2;
      changes.add(
          () ->
              post(
                  url,
                  "/api/units/R-" + RUN + "/judge-count",
                  "{\"judges\":%d,\"effectiveFrom\":\"2023-01-01\"}".formatted(judges)));
    }

    List<Integer> statuses = runAtOnce(changes);

    assertThat(statuses).containsOnly(200).hasSize(perInstance * 2);
    List<Long> sequences =
        jdbc()
            .queryForList(
                "SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                Long.class,
                "R-" + RUN);
    assertThat(sequences).hasSize(perInstance * 2 + 1);
    for (int i = 0; i < sequences.size(); i++) {
      assertThat(sequences.get(i)).isEqualTo(i);
    }
  }

  @Test
  void twoVerdictsForOneCaseFromTwoInstancesRecordExactlyOne() throws Exception {
    for (int round = 0; round < 5; round++) {
      String caseId = "RC-" + RUN + "-" + round;
      assertThat(
              post(
                  urls.get(0),
                  "/api/cases",
                  "{\"caseId\":\"%s\",\"unitId\":\"R-%s\",\"caseType\":\"CRIMINAL\",\"acceptedOn\":\"2023-01-05\"}"
                      .formatted(caseId, RUN)))
          .isEqualTo(201);
      List<Callable<Integer>> verdicts = new ArrayList<>();
      for (String url : urls) {
        verdicts.add(
            () ->
                post(
                    url,
                    "/api/cases/" + caseId + "/verdict",
                    "{\"resolvedOn\":\"2023-03-01\",\"outcome\":\"TRIED\"}"));
      }

      List<Integer> statuses = runAtOnce(verdicts);

      assertThat(statuses).containsExactlyInAnyOrder(201, 409);
      assertThat(
              jdbc()
                  .queryForObject(
                      "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%VerdictRecorded'",
                      Long.class, caseId))
          .isEqualTo(1);
    }
  }

  @Test
  void theSameNewCaseAcceptedOnBothInstancesIsAcceptedOnce() throws Exception {
    String caseId = "RN-" + RUN;
    List<Callable<Integer>> acceptances = new ArrayList<>();
    for (String url : urls) {
      acceptances.add(
          () ->
              post(
                  url,
                  "/api/cases",
                  "{\"caseId\":\"%s\",\"unitId\":\"R-%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
                      .formatted(caseId, RUN)));
    }

    assertThat(runAtOnce(acceptances)).containsExactlyInAnyOrder(201, 409);
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class,
                    caseId))
        .isEqualTo(1);
  }

  /**
   * The loser's append collides, its retry finds the unit moved past If-Match: 409, not a lost
   * update.
   */
  @Test
  void twoEditsFromOneVersionOnTwoInstancesLetExactlyOneWin() throws Exception {
    for (int round = 0; round < 5; round++) {
      String unitId = "RV-" + RUN + "-" + round;
      assertThat(
              post(
                  urls.get(0),
                  "/api/units",
                  "{\"unitId\":\"%s\",\"name\":\"TAND\",\"level\":\"PROVINCIAL\",\"judges\":1}"
                      .formatted(unitId)))
          .isEqualTo(201);
      List<Callable<Integer>> edits = new ArrayList<>();
      for (int i = 0; i < urls.size(); i++) {
        String url = urls.get(i);
        int judges = i + 2;
        edits.add(
            () ->
                post(
                    url,
                    "/api/units/" + unitId + "/judge-count",
                    "{\"judges\":%d,\"effectiveFrom\":\"2023-01-01\"}".formatted(judges),
                    "\"0\""));
      }

      assertThat(runAtOnce(edits)).containsExactlyInAnyOrder(200, 409);
      assertThat(
              jdbc()
                  .queryForObject(
                      "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                      Long.class,
                      unitId))
          .isEqualTo(2);
    }
  }

  private static List<Integer> runAtOnce(List<Callable<Integer>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (Callable<Integer> call : calls) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static JdbcTemplate jdbc() {
    return instances.get(0).getBean(JdbcTemplate.class);
  }

  private static int post(String url, String path, String body) {
    return post(url, path, body, null);
  }

  private static int post(String url, String path, String body, String ifMatch) {
    return RestClient.create()
        .post()
        .uri(url + path)
        .contentType(MediaType.APPLICATION_JSON)
        .headers(
            headers -> {
              headers.setBasicAuth("quantri", "thidua-local");
              if (ifMatch != null) {
                headers.setIfMatch(ifMatch);
              }
            })
        .body(body.getBytes(StandardCharsets.UTF_8))
        .exchange((request, response) -> response.getStatusCode().value());
  }
}
