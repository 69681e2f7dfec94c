package vn.thidua.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import vn.thidua.command.Answer;
import vn.thidua.command.CommandSideStores;

/** The auditors' endpoints over HTTP, on the command side's own (untampered) store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntegrityApiTest {
  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @Test
  void theSealerCatchesUpAndTheStoreVerifiesOk() throws Exception {
    String unit = "I-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            Answer.post(
                    port,
                    "quantri",
                    "/api/units",
                    "{\"unitId\":\"%s\",\"name\":\"TAND\",\"level\":\"PROVINCIAL\",\"judges\":3}"
                        .formatted(unit),
                    null)
                .status())
        .isEqualTo(201);
    long unitIndex =
        jdbc.queryForObject(
            "SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
            Long.class,
            unit);

    JsonNode head = awaitHeadAtLeast(unitIndex);
    assertThat(head.get("chainHash").asText()).matches("[0-9a-f]{64}");
    assertThat(head.get("sealedAt").asText()).isNotBlank();

    Answer verify = get("kiemtra", "/api/integrity/verify");
    assertThat(verify.status()).isEqualTo(200);
    JsonNode report = json.readTree(verify.body());
    assertThat(report.get("ok").asBoolean()).as(verify.body()).isTrue();
    assertThat(report.get("eventsChecked").asLong()).isPositive();
    assertThat(report.get("head").get("globalIndex").asLong()).isGreaterThanOrEqualTo(unitIndex);
    assertThat(report.get("firstBrokenLink").isNull()).isTrue();
  }

  @Test
  void onlyAuditorsAndAdministratorsMayVerify() {
    assertThat(get("quantri", "/api/integrity/head").status()).isEqualTo(200);
    assertThat(get("thuky.qn", "/api/integrity/verify").status()).isEqualTo(403);
    assertThat(get("phantich", "/api/integrity/head").status()).isEqualTo(403);
    Answer forbidden = get("thuky.qn", "/api/integrity/head");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.contentType()).startsWith("application/problem+json");
  }

  private JsonNode awaitHeadAtLeast(long globalIndex) throws Exception {
    long deadline = System.currentTimeMillis() + 20_000;
    while (true) {
      Answer head = get("kiemtra", "/api/integrity/head");
      assertThat(head.status()).isEqualTo(200);
      JsonNode node = json.readTree(head.body());
      if (node.get("globalIndex").asLong() >= globalIndex
          || System.currentTimeMillis() > deadline) {
        assertThat(node.get("globalIndex").asLong()).isGreaterThanOrEqualTo(globalIndex);
        return node;
      }
      Thread.sleep(200);
    }
  }

  private Answer get(String user, String path) {
    return RestClient.create()
        .get()
        .uri("http://localhost:" + port + path)
        .headers(headers -> headers.setBasicAuth(user, "thidua-local"))
        .exchange(
            (request, response) ->
                new Answer(
                    response.getStatusCode().value(),
                    String.valueOf(response.getHeaders().getContentType()),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }
}
