package vn.thidua.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
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
import vn.thidua.command.integrity.ChainReport;
import vn.thidua.command.integrity.ChainVerifier;
import vn.thidua.support.privacy.PersonalNames;

/**
 * Crypto-shredding over HTTP against the embedded PostgreSQL: the name never reaches the event
 * store in plaintext, the history decrypts it until the person's key is erased, and erasing changes
 * no stored event, so the hash chain still verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataErasureApiTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "PD-" + RUN;
  private static final String NAME = "Phạm Thị Riêng Tư " + RUN;
  private static boolean prepared;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void registerAUnit() {
    if (prepared) {
      return;
    }
    // the Quảng Ninh court may already be registered by another test of this JVM
    assertThat(
            post(
                    "quantri",
                    "/api/units",
                    "{\"unitId\":\"TAND-QN\",\"name\":\"TAND tỉnh Quảng Ninh\",\"level\":\"PROVINCIAL\",\"judges\":20}")
                .status())
        .isIn(201, 409);
    assertThat(
            post(
                    "quantri",
                    "/api/units",
                    ("{\"unitId\":\"%s\",\"name\":\"TAND khu vực\",\"level\":\"REGIONAL\","
                            + "\"parentUnitId\":\"TAND-QN\",\"judges\":5}")
                        .formatted(UNIT))
                .status())
        .isEqualTo(201);
    prepared = true;
  }

  @Test
  void theNameIsSealedInTheEventStoreAndErasedByDeletingTheKey() throws Exception {
    String staffId = register("NV-A-" + RUN);

    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry"
                    + " WHERE convert_from(payload, 'UTF8') LIKE ?"
                    + " OR convert_from(meta_data, 'UTF8') LIKE ?",
                Long.class,
                "%" + RUN + "%Riêng%",
                "%Riêng Tư " + RUN + "%"))
        .isZero();
    JsonNode stored =
        json.readTree(
            jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? AND sequence_number = 0",
                String.class,
                staffId));
    assertThat(stored.path("fullName").isNull()).isTrue();
    assertThat(stored.path("sealedFullName").path("personId").asText()).isEqualTo(staffId);
    assertThat(stored.path("sealedFullName").path("cipherText").asText()).isNotBlank();
    assertThat(registeredName(staffId)).isEqualTo(NAME);

    Answer erased = erase("quantri", staffId, "Cán bộ nghỉ hưu, yêu cầu xoá dữ liệu");

    assertThat(erased.status()).as(erased.body()).isEqualTo(201);
    assertThat(registeredName(staffId)).isEqualTo(PersonalNames.ERASED);
    JsonNode events = history("StaffMember", staffId).path("events");
    assertThat(events).hasSize(2);
    assertThat(events.path(1).path("eventType").asText()).isEqualTo("PersonalDataErased");
    assertThat(events.path(1).path("why").asText())
        .isEqualTo("Cán bộ nghỉ hưu, yêu cầu xoá dữ liệu");
    assertThat(events.path(1).toString()).doesNotContain("Riêng Tư");
    assertThat(
            jdbc.queryForObject(
                "SELECT data_key IS NULL AND erased_at IS NOT NULL FROM personal_data_key"
                    + " WHERE person_id = ?",
                Boolean.class,
                staffId))
        .isTrue();
    try (Connection connection = dataSource.getConnection()) {
      ChainReport chain = ChainVerifier.verify(connection);
      assertThat(chain.ok()).as(chain.toString()).isTrue();
    }
  }

  @Test
  void aNomineesNameIsSealedWithTheirKeyAndErasedWithIt() throws Exception {
    String staffId = register("NV-D-" + RUN);
    String nominationId = "LD-" + RUN;

    Answer nominated = nominate(nominationId, staffId);

    assertThat(nominated.status()).as(nominated.body()).isEqualTo(201);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Long.class,
                "%Riêng Tư " + RUN + "%"))
        .isZero();
    assertThat(nomineeName(nominationId)).isEqualTo(NAME);

    assertThat(erase("quantri", staffId, "Yêu cầu của đương sự").status()).isEqualTo(201);

    assertThat(nomineeName(nominationId)).isEqualTo(PersonalNames.ERASED);
    Answer again = nominate("LD2-" + RUN, staffId);
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(json.readTree(again.body()).path("errors").path(0).path("rule").asText())
        .isEqualTo("personal-data-erased-once");
  }

  @Test
  void erasingTwiceIsRefusedAndUnknownPersonsAreNotFound() throws Exception {
    String staffId = register("NV-B-" + RUN);
    assertThat(erase("quantri", staffId, "Yêu cầu của đương sự").status()).isEqualTo(201);

    Answer again = erase("quantri", staffId, "Yêu cầu lần hai");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(json.readTree(again.body()).path("errors").path(0).path("rule").asText())
        .isEqualTo("personal-data-erased-once");

    Answer unknown = erase("quantri", "NV-NOPE-" + RUN, "Yêu cầu");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(json.readTree(unknown.body()).path("errors").path(0).path("rule").asText())
        .isEqualTo("staff-member-must-be-registered");
  }

  @Test
  void onlyAnAdministratorErasesAndAlwaysWithAReason() throws Exception {
    String staffId = register("NV-C-" + RUN);

    assertThat(erase("totochuc.qn", staffId, "Yêu cầu").status()).isEqualTo(403);
    assertThat(erase("kiemtra", staffId, "Yêu cầu").status()).isEqualTo(403);
    assertThat(
            Answer.post(port, "quantri", "/api/staff/" + staffId + "/erasure", "{}", null).status())
        .isEqualTo(400);
    assertThat(registeredName(staffId)).isEqualTo(NAME);
  }

  private String register(String staffId) {
    Answer answer =
        post(
            "totochuc.qn",
            "/api/staff",
            "{\"staffId\":\"%s\",\"fullName\":\"%s\",\"role\":\"JUDGE\",\"unitId\":\"%s\"}"
                .formatted(staffId, NAME, UNIT));
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return staffId;
  }

  private Answer erase(String user, String staffId, String reason) {
    return post(
        user, "/api/staff/" + staffId + "/erasure", "{\"reason\":\"%s\"}".formatted(reason));
  }

  private Answer nominate(String nominationId, String staffId) {
    return post(
        "totochuc.qn",
        "/api/nominations",
        ("{\"nominationId\":\"%s\",\"title\":\"ADVANCED_WORKER\",\"emulationYear\":2024,"
                + "\"nominee\":{\"unitId\":\"%s\",\"personId\":\"%s\",\"name\":\"%s\"}}")
            .formatted(nominationId, UNIT, staffId, NAME));
  }

  private String nomineeName(String nominationId) throws Exception {
    return history("Nomination", nominationId)
        .path("events")
        .path(0)
        .path("payload")
        .path("nominee")
        .path("sealedName")
        .path("text")
        .asText();
  }

  private String registeredName(String staffId) throws Exception {
    return history("StaffMember", staffId)
        .path("events")
        .path(0)
        .path("payload")
        .path("sealedFullName")
        .path("text")
        .asText();
  }

  private JsonNode history(String aggregateType, String aggregateId) throws Exception {
    String body =
        RestClient.create()
            .get()
            .uri("http://localhost:" + port + "/api/history/" + aggregateType + "/" + aggregateId)
            .headers(headers -> headers.setBasicAuth("kiemtra", "thidua-local"))
            .exchange(
                (request, response) -> {
                  assertThat(response.getStatusCode().value()).isEqualTo(200);
                  return new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                });
    return json.readTree(body);
  }

  private Answer post(String user, String path, String body) {
    return Answer.post(port, user, path, body, null);
  }
}
