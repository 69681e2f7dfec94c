package vn.thidua.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import vn.thidua.command.Answer;
import vn.thidua.command.CommandSideStores;

/** Idempotency-Key over HTTP against the embedded PostgreSQL: a retry writes nothing new. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyKeyTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "IK-" + RUN;
  private static boolean unitRegistered;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
    // a few connections are enough here; the test JVM shares one PostgreSQL among its contexts
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> 5);
  }

  @BeforeEach
  void registerUnit() {
    if (unitRegistered) {
      return;
    }
    assertThat(
            Answer.post(
                    port,
                    "quantri",
                    "/api/units",
                    "{\"unitId\":\"%s\",\"name\":\"TAND huyện\",\"level\":\"PROVINCIAL\",\"judges\":5}"
                        .formatted(UNIT),
                    null)
                .status())
        .isEqualTo(201);
    unitRegistered = true;
  }

  @Test
  void aRetryWithTheSameKeyGetsTheFirstAnswerAndWritesNothingNew() {
    String caseId = newCaseId();
    String key = UUID.randomUUID().toString();

    Answer first = post(key, "/api/cases", caseBody(caseId));
    Answer retry = post(key, "/api/cases", caseBody(caseId));

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry).isEqualTo(first);
    assertThat(eventsOf(caseId, "%CaseAccepted")).isEqualTo(1);
  }

  @Test
  void theSameKeyForAnotherBodyIsRefusedAndRunsNothing() {
    String caseId = newCaseId();
    String otherCaseId = newCaseId();
    String key = UUID.randomUUID().toString();
    assertThat(post(key, "/api/cases", caseBody(caseId)).status()).isEqualTo(201);

    Answer reused = post(key, "/api/cases", caseBody(otherCaseId));

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.contentType()).startsWith("application/problem+json");
    assertThat(reused.body())
        .contains("\"field\":\"Idempotency-Key\"")
        .contains("\"rule\":\"idempotency-key-reused\"");
    assertThat(eventsOf(otherCaseId, "%")).isZero();
  }

  @Test
  void twoConcurrentRequestsWithOneKeyNeverBothRun() throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      String caseId = newCaseId();
      String key = UUID.randomUUID().toString();
      CountDownLatch start = new CountDownLatch(1);
      Callable<Answer> send =
          () -> {
            start.await();
            return post(key, "/api/cases", caseBody(caseId));
          };
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        List<Future<Answer>> answers = List.of(threads.submit(send), threads.submit(send));
        start.countDown();
        List<Integer> statuses =
            List.of(answers.get(0).get().status(), answers.get(1).get().status());
        assertThat(statuses).contains(201);
        assertThat(statuses).allMatch(status -> status == 201 || status == 409);
      } finally {
        threads.shutdown();
      }
      assertThat(eventsOf(caseId, "%CaseAccepted")).isEqualTo(1);
    }
  }

  @Test
  void aRefusalIsReplayedToo() {
    String key = UUID.randomUUID().toString();
    String invalid = "{\"caseId\":\"%s\",\"unitId\":\"%s\"}".formatted(newCaseId(), UNIT);

    Answer first = post(key, "/api/cases", invalid);
    Answer retry = post(key, "/api/cases", invalid);

    assertThat(first.status()).isEqualTo(400);
    assertThat(retry).isEqualTo(first);
    assertThat(
            jdbc.queryForObject(
                "SELECT response_status FROM idempotency_keys WHERE idempotency_key = ?",
                Integer.class,
                key))
        .isEqualTo(400);
  }

  @Test
  void aMalformedKeyIsRefused() {
    Answer tooLong = post("k".repeat(201), "/api/cases", caseBody(newCaseId()));
    Answer blank = post(" ", "/api/cases", caseBody(newCaseId()));

    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("\"rule\":\"idempotency-key-format\"");
    assertThat(blank.status()).isEqualTo(400);
  }

  @Test
  void withoutTheHeaderARepeatRunsAsBefore() {
    String caseId = newCaseId();
    assertThat(Answer.post(port, "quantri", "/api/cases", caseBody(caseId), null).status())
        .isEqualTo(201);
    Answer again = Answer.post(port, "quantri", "/api/cases", caseBody(caseId), null);

    assertThat(again.status()).isNotEqualTo(201); // the domain refuses a second acceptance itself
    assertThat(eventsOf(caseId, "%CaseAccepted")).isEqualTo(1);
  }

  @Test
  void keysBelongToTheirUser() {
    String key = UUID.randomUUID().toString();
    String caseId = newCaseId();
    assertThat(post(key, "/api/cases", caseBody(caseId)).status()).isEqualTo(201);
    assertThat(
            jdbc.queryForObject(
                "SELECT user_id FROM idempotency_keys WHERE idempotency_key = ?",
                String.class,
                key))
        .isEqualTo("quantri");
  }

  private String caseBody(String caseId) {
    return "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
        .formatted(caseId, UNIT);
  }

  private static String newCaseId() {
    return "IKC-" + UUID.randomUUID().toString().substring(0, 13);
  }

  private int eventsOf(String aggregateId, String payloadType) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?",
        Integer.class,
        aggregateId,
        payloadType);
  }

  private Answer post(String key, String path, String body) {
    return RestClient.create()
        .post()
        .uri("http://localhost:" + port + path)
        .contentType(MediaType.APPLICATION_JSON)
        .headers(
            headers -> {
              headers.setBasicAuth("quantri", "thidua-local");
              headers.set(IdempotencyFilter.HEADER, key);
            })
        .body(body.getBytes(StandardCharsets.UTF_8))
        .exchange(
            (request, response) ->
                new Answer(
                    response.getStatusCode().value(),
                    String.valueOf(response.getHeaders().getContentType()),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }
}
