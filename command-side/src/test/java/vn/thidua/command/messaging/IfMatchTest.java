package vn.thidua.command.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import vn.thidua.command.CommandSideStores;

/**
 * Edits guarded by If-Match over HTTP against the embedded PostgreSQL: a stale version is refused
 * with the current one and writes nothing; a current one edits and answers the next version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IfMatchTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String JUDGES_2023 = "{\"judges\":%d,\"effectiveFrom\":\"2023-01-01\"}";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> 5);
  }

  @Test
  void aCreationAnswersTheFirstVersionAndAMatchingEditTheNext() {
    String unit = "IM-" + RUN + "-a";

    Reply registered = registerUnit(unit);
    String lastEventAfterRegistration = tagOfLastEvent(unit);
    Reply changed =
        post("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(7), registered.etag());

    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.etag()).isEqualTo("\"0\"").isEqualTo(lastEventAfterRegistration);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.etag()).isEqualTo("\"1\"").isEqualTo(tagOfLastEvent(unit));
  }

  @Test
  void aStaleEditIsRefusedWithTheCurrentVersionAndWritesNothing() throws Exception {
    String unit = "IM-" + RUN + "-b";
    String read = registerUnit(unit).etag();
    Reply other = post("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(8), read);

    Reply stale = post("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(9), read);

    assertThat(other.status()).isEqualTo(200);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.etag()).isEqualTo(other.etag());
    JsonNode problem = json.readTree(stale.body());
    assertThat(problem.path("currentVersion").asLong()).isEqualTo(1);
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("If-Match");
    assertThat(problem.path("errors").get(0).path("rule").asText()).isEqualTo("version-must-match");
    assertThat(eventsOf(unit)).isEqualTo(2);
  }

  @Test
  void aVersionTheAggregateHasNotReachedIsRefusedToo() {
    String unit = "IM-" + RUN + "-c";
    registerUnit(unit);

    Reply ahead = post("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(9), "\"5\"");

    assertThat(ahead.status()).isEqualTo(409);
    assertThat(ahead.etag()).isEqualTo("\"0\"");
    assertThat(eventsOf(unit)).isEqualTo(1);
  }

  @Test
  void aStaleEditIsAnsweredAsStaleEvenWhereTheNewerStateBreaksARule() {
    String unit = "IM-" + RUN + "-d";
    String caseId = "IMC-" + RUN;
    registerUnit(unit);
    String read =
        post(
                "/api/cases",
                "{\"caseId\":\"%s\",\"unitId\":\"%s\",\"caseType\":\"CIVIL\",\"acceptedOn\":\"2023-01-05\"}"
                    .formatted(caseId, unit),
                null)
            .etag();
    String verdict = "{\"resolvedOn\":\"2023-02-01\",\"outcome\":\"TRIED\"}";
    assertThat(post("/api/cases/" + caseId + "/verdict", verdict, read).status()).isEqualTo(201);

    Reply again = post("/api/cases/" + caseId + "/verdict", verdict, read);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("\"rule\":\"version-must-match\"");
  }

  @Test
  void ofTwoConcurrentEditsFromOneVersionExactlyOneWins() throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      String unit = "IM-" + RUN + "-race" + attempt;
      String read = registerUnit(unit).etag();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        List<Future<Reply>> replies = new ArrayList<>();
        for (int judges : new int[] {10, 20}) {
          Callable<Reply> edit =
              () -> {
                start.await();
                return post(
                    "/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(judges), read);
              };
          replies.add(threads.submit(edit));
        }
        start.countDown();
        List<Integer> statuses =
            List.of(replies.get(0).get().status(), replies.get(1).get().status());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
      } finally {
        threads.shutdown();
      }
      assertThat(eventsOf(unit)).isEqualTo(2);
    }
  }

  @Test
  void aMalformedIfMatchIsRefusedNamingTheHeader() {
    String unit = "IM-" + RUN + "-e";
    registerUnit(unit);

    for (String malformed : List.of("1", "\"one\"", "\"0\", \"1\"", "", "\"-1\"")) {
      Reply refused =
          post("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(3), malformed);

      assertThat(refused.status()).as(malformed).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.body())
          .contains("\"field\":\"If-Match\"")
          .contains("\"rule\":\"if-match-format\"");
    }
    assertThat(eventsOf(unit)).isEqualTo(1);
  }

  @Test
  void aWeakTagOrAStarIsAccepted() {
    String unit = "IM-" + RUN + "-f";
    registerUnit(unit);

    Reply weak = post("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(4), "W/\"0\"");
    Reply any = post("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(5), "*");

    assertThat(weak.status()).isEqualTo(200);
    assertThat(any.status()).isEqualTo(200);
    assertThat(any.etag()).isEqualTo("\"2\"");
  }

  @Test
  void withoutIfMatchTheLastWriterWinsAsBefore() {
    String unit = "IM-" + RUN + "-g";
    registerUnit(unit);

    Reply first = post("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(4), null);
    Reply second = post("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(5), null);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.etag()).isEqualTo("\"2\"");
  }

  @Test
  void anEditOfARecordThatDoesNotExistIsStillNotFound() {
    Reply missing =
        post("/api/units/IM-" + RUN + "-none/judge-count", JUDGES_2023.formatted(4), "\"0\"");

    assertThat(missing.status()).isEqualTo(404);
  }

  @Test
  void aCreationRefusesIfMatchAndWritesNothing() {
    String unit = "IM-" + RUN + "-h";

    Reply refused =
        post(
            "/api/units",
            "{\"unitId\":\"%s\",\"name\":\"TAND huyện\",\"level\":\"PROVINCIAL\",\"judges\":5}"
                .formatted(unit),
            "\"0\"");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"field\":\"If-Match\"")
        .contains("\"rule\":\"if-match-only-on-edits\"");
    assertThat(eventsOf(unit)).isZero();
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReplaysTheEditInsteadOfCallingItStale() {
    String unit = "IM-" + RUN + "-i";
    String read = registerUnit(unit).etag();
    Map<String, String> headers =
        Map.of(HttpHeaders.IF_MATCH, read, "Idempotency-Key", UUID.randomUUID().toString());

    Reply first =
        postWith("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(6), headers);
    Reply retry =
        postWith("/api/units/" + unit + "/judge-count", JUDGES_2023.formatted(6), headers);

    assertThat(first.status()).isEqualTo(200);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(eventsOf(unit)).isEqualTo(2);
  }

  private Reply registerUnit(String unit) {
    Reply registered =
        post(
            "/api/units",
            "{\"unitId\":\"%s\",\"name\":\"TAND huyện\",\"level\":\"PROVINCIAL\",\"judges\":5}"
                .formatted(unit),
            null);
    assertThat(registered.status()).isEqualTo(201);
    return registered;
  }

  private int eventsOf(String aggregateId) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
        Integer.class,
        aggregateId);
  }

  private String tagOfLastEvent(String aggregateId) {
    return "\""
        + jdbc.queryForObject(
            "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
            Long.class,
            aggregateId)
        + "\"";
  }

  private Reply post(String path, String body, String ifMatch) {
    return postWith(path, body, ifMatch == null ? Map.of() : Map.of(HttpHeaders.IF_MATCH, ifMatch));
  }

  private Reply postWith(String path, String body, Map<String, String> headers) {
    return RestClient.create()
        .post()
        .uri("http://localhost:" + port + path)
        .contentType(MediaType.APPLICATION_JSON)
        .headers(
            sent -> {
              sent.setBasicAuth("quantri", "thidua-local");
              headers.forEach(sent::set);
            })
        .body(body.getBytes(StandardCharsets.UTF_8))
        .exchange(
            (request, response) ->
                new Reply(
                    response.getStatusCode().value(),
                    String.valueOf(response.getHeaders().getContentType()),
                    response.getHeaders().getETag(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  private record Reply(int status, String contentType, String etag, String body) {}
}
