package vn.thidua.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.stores.EmbeddedStores;
import vn.thidua.testing.ServiceProcess;

/**
 * Crypto-shredding across both services, each from its jar with the same master key: the command
 * side seals a staff member's name with a wrapped per-person key, the query side decrypts it, and
 * after the erasure neither service, nor a full rebuild, shows it again while the chain verifies.
 */
class PersonalDataErasureIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String UNIT = "TAND-PD";
  private static final String STAFF = "NV-PD-1";
  private static final String NAME = "Hoàng Thị Bảo Mật";
  private static final String ERASED = "[đã xoá theo yêu cầu]";
  private static EmbeddedStores stores;
  private static ServiceProcess commandSide;
  private static ServiceProcess querySide;

  @BeforeAll
  static void startTheSystem() {
    stores = EmbeddedStores.startThrowaway();
    byte[] masterKey = new byte[32];
    new SecureRandom().nextBytes(masterKey);
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("THIDUA_EVENTSTORE_URL", stores.postgresJdbcUrl());
    environment.put("THIDUA_EVENTSTORE_USER", EmbeddedStores.USER);
    environment.put("THIDUA_EVENTSTORE_PASSWORD", EmbeddedStores.PASSWORD);
    environment.put("THIDUA_MONGODB_URI", stores.mongoUri());
    environment.put("THIDUA_PRIVACY_MASTER_KEY", Base64.getEncoder().encodeToString(masterKey));
    commandSide = Services.commandSide(environment);
    querySide = Services.querySide(environment);
  }

  @AfterAll
  static void stopTheSystem() {
    if (querySide != null) {
      querySide.close();
    }
    if (commandSide != null) {
      commandSide.close();
    }
    stores.close();
  }

  @Test
  void anErasedNameIsUnreadableEverywhereAndTheChainStillVerifies() throws Exception {
    expect(
        201,
        post(
            "quantri",
            "/api/units",
            "{\"unitId\":\"%s\",\"name\":\"TAND khu vực\",\"level\":\"REGIONAL\",\"judges\":4}"
                .formatted(UNIT)));
    expect(
        201,
        post(
            "totochuc.qn",
            "/api/staff",
            "{\"staffId\":\"%s\",\"fullName\":\"%s\",\"role\":\"JUDGE\",\"unitId\":\"%s\"}"
                .formatted(STAFF, NAME, UNIT)));

    assertThat(storedEventsContaining(NAME)).isZero();
    assertThat(keyIsWrapped(STAFF)).isTrue();
    await().atMost(Duration.ofSeconds(30)).until(() -> staffName().equals(NAME));
    assertThat(historyName()).isEqualTo(NAME);

    expect(
        201,
        post(
            "quantri",
            "/api/staff/" + STAFF + "/erasure",
            "{\"reason\":\"Đương sự yêu cầu xoá dữ liệu cá nhân\"}"));
    expect(409, post("quantri", "/api/staff/" + STAFF + "/erasure", "{\"reason\":\"Lần hai\"}"));

    assertThat(historyName()).isEqualTo(ERASED);
    await().atMost(Duration.ofSeconds(30)).until(() -> staffName().equals(ERASED));
    JsonNode rebuild =
        expect(202, send(querySide, "quantri", "POST", "/api/read-models/rebuild", ""));
    String rebuildId = rebuild.path("rebuildId").asText();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                expect(
                        200,
                        send(
                            querySide,
                            "quantri",
                            "GET",
                            "/api/read-models/rebuilds/" + rebuildId,
                            ""))
                    .path("state")
                    .asText()
                    .equals("DONE"));
    assertThat(staffName()).isEqualTo(ERASED);
    JsonNode chain = expect(200, send(commandSide, "kiemtra", "GET", "/api/integrity/verify", ""));
    assertThat(chain.path("ok").asBoolean()).as(chain.toString()).isTrue();
    assertThat(storedEventsContaining(NAME)).isZero();
  }

  private static String staffName() throws Exception {
    return expect(200, send(querySide, "kiemtra", "GET", "/api/staff?unitId=" + UNIT, ""))
        .path(0)
        .path("fullName")
        .asText();
  }

  private static String historyName() throws Exception {
    return expect(200, send(commandSide, "kiemtra", "GET", "/api/history/StaffMember/" + STAFF, ""))
        .path("events")
        .path(0)
        .path("payload")
        .path("sealedFullName")
        .path("text")
        .asText();
  }

  private static long storedEventsContaining(String text) throws Exception {
    try (Connection connection = connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT count(*) FROM domain_event_entry"
                    + " WHERE convert_from(payload, 'UTF8') LIKE ?"
                    + " OR convert_from(meta_data, 'UTF8') LIKE ?")) {
      query.setString(1, "%" + text + "%");
      query.setString(2, "%" + text + "%");
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static boolean keyIsWrapped(String personId) throws Exception {
    try (Connection connection = connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT wrapped FROM personal_data_key WHERE person_id = ?")) {
      query.setString(1, personId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    }
  }

  private static Connection connect() throws Exception {
    return DriverManager.getConnection(
        stores.postgresJdbcUrl(), EmbeddedStores.USER, EmbeddedStores.PASSWORD);
  }

  private static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode())
        .as(response.request().uri() + " answered " + response.body())
        .isEqualTo(status);
    return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  private static HttpResponse<String> post(String user, String path, String body) throws Exception {
    return send(commandSide, user, "POST", path, body);
  }

  private static HttpResponse<String> send(
      ServiceProcess service, String user, String method, String path, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(service.url() + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":thidua-local").getBytes(StandardCharsets.UTF_8)));
    if (body.isEmpty()) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
