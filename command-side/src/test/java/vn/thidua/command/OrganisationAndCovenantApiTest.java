package vn.thidua.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Staff, clusters, covenants and pledges over HTTP against the embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationAndCovenantApiTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String A1 = "A1-" + RUN;
  private static final String A2 = "A2-" + RUN;
  private static final String OUTSIDER = "O-" + RUN;
  private static final String B1 = "B1-" + RUN;
  private static final String B2 = "B2-" + RUN;
  private static final String QUANG_NINH = "TAND-QN";
  private static final String CLUSTER_A = "CUM-A-" + RUN;
  private static final String COVENANT_A = "GU-A-" + RUN;
  private static final String STAFF = "NV-" + RUN;
  private static boolean prepared;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void registerUnitsAClusterWithItsCovenantAndAStaffMember() {
    if (prepared) {
      return;
    }
    for (String unit : List.of(A1, A2, OUTSIDER, B1, B2)) {
      assertThat(post("quantri", "/api/units", unit(unit)).status()).isEqualTo(201);
    }
    // the Quảng Ninh court may already be registered by another test of this JVM
    assertThat(post("quantri", "/api/units", unit(QUANG_NINH)).status()).isIn(201, 409);
    assertThat(post("totochuc.qn", "/api/clusters", cluster(CLUSTER_A, A1, A2)).status())
        .isEqualTo(201);
    assertThat(post("totochuc.qn", "/api/covenants", covenant(COVENANT_A, CLUSTER_A)).status())
        .isEqualTo(201);
    assertThat(
            post(
                    "totochuc.qn",
                    "/api/staff",
                    "{\"staffId\":\"%s\",\"fullName\":\"Nguyễn Thị Bình\",\"role\":\"CLERK\",\"unitId\":\"%s\"}"
                        .formatted(STAFF, A1))
                .status())
        .isEqualTo(201);
    prepared = true;
  }

  private static String unit(String unitId) {
    return "{\"unitId\":\"%s\",\"name\":\"TAND tỉnh\",\"level\":\"PROVINCIAL\",\"judges\":20}"
        .formatted(unitId);
  }

  private static String cluster(String clusterId, String... members) {
    return ("{\"clusterId\":\"%s\",\"emulationYear\":2024,\"name\":\"Cụm thi đua số IV\","
            + "\"memberUnitIds\":[%s],\"chairUnitId\":\"%s\",\"deputyUnitId\":\"%s\"}")
        .formatted(
            clusterId,
            String.join(",", Stream.of(members).map(id -> "\"" + id + "\"").toList()),
            members[0],
            members[1]);
  }

  private static String covenant(String covenantId, String clusterId) {
    return ("{\"covenantId\":\"%s\",\"clusterId\":\"%s\",\"year\":2024,\"commitments\":["
            + "{\"metric\":\"RESOLUTION_RATE\",\"target\":90,\"note\":\"Án hình sự trên 90 %%\"},"
            + "{\"metric\":\"ANNULLED_AMENDED_RATE\",\"target\":1.5}]}")
        .formatted(covenantId, clusterId);
  }

  private static String pledge(String unitId, String signedOn, String titles) {
    return ("{\"unitId\":\"%s\",\"signerName\":\"Trần Văn Cường\",\"signerRole\":\"Chánh án\","
            + "\"signedOn\":\"%s\",\"registeredTitles\":[%s]}")
        .formatted(unitId, signedOn, titles);
  }

  static Stream<Arguments> badRequests() {
    String flag = "\"COURT_EMULATION_FLAG\"";
    return Stream.of(
        Arguments.of(
            "negative staff count",
            "quantri",
            "/api/units/" + A1 + "/staff-count",
            "{\"staff\":-1,\"effectiveFrom\":\"2023-10-01\"}",
            400,
            "staff",
            "positive-or-zero"),
        Arguments.of(
            "staff count of an unknown unit",
            "quantri",
            "/api/units/NOPE-" + RUN + "/staff-count",
            "{\"staff\":10,\"effectiveFrom\":\"2023-10-01\"}",
            404,
            "unitId",
            "unit-must-be-registered"),
        Arguments.of(
            "staff member at an unknown unit",
            "totochuc.qn",
            "/api/staff",
            "{\"staffId\":\"X-%s\",\"fullName\":\"Lê Văn Dũng\",\"role\":\"JUDGE\",\"unitId\":\"NOPE\"}"
                .formatted(RUN),
            422,
            "unitId",
            "unit-must-be-registered"),
        Arguments.of(
            "unknown staff role",
            "totochuc.qn",
            "/api/staff",
            "{\"staffId\":\"X-%s\",\"fullName\":\"Lê Văn Dũng\",\"role\":\"CHEF\",\"unitId\":\"%s\"}"
                .formatted(RUN, A1),
            400,
            "role",
            "one-of"),
        Arguments.of(
            "staff member registered twice",
            "totochuc.qn",
            "/api/staff",
            "{\"staffId\":\"%s\",\"fullName\":\"Nguyễn Thị Bình\",\"role\":\"CLERK\",\"unitId\":\"%s\"}"
                .formatted(STAFF, A1),
            409,
            "staffId",
            "staff-id-must-be-unique"),
        Arguments.of(
            "transfer to the same unit",
            "totochuc.qn",
            "/api/staff/" + STAFF + "/transfers",
            "{\"toUnitId\":\"%s\",\"effectiveOn\":\"2099-01-01\"}".formatted(A1),
            422,
            "toUnitId",
            "transfer-to-another-unit"),
        Arguments.of(
            "transfer before the registration",
            "totochuc.qn",
            "/api/staff/" + STAFF + "/transfers",
            "{\"toUnitId\":\"%s\",\"effectiveOn\":\"2000-01-01\"}".formatted(A2),
            422,
            "effectiveOn",
            "effective-on-or-after-registration"),
        Arguments.of(
            "transfer of an unknown staff member",
            "totochuc.qn",
            "/api/staff/NOPE-" + RUN + "/transfers",
            "{\"toUnitId\":\"%s\",\"effectiveOn\":\"2099-01-01\"}".formatted(A2),
            404,
            "staffId",
            "staff-member-must-be-registered"),
        Arguments.of(
            "cluster of one unit",
            "totochuc.qn",
            "/api/clusters",
            "{\"clusterId\":\"C1-%s\",\"emulationYear\":2024,\"name\":\"Cụm\",\"memberUnitIds\":[\"%s\"],\"chairUnitId\":\"%s\",\"deputyUnitId\":\"%s\"}"
                .formatted(RUN, B1, B1, B2),
            422,
            "memberUnitIds",
            "at-least-two-members"),
        Arguments.of(
            "cluster with an unknown unit",
            "totochuc.qn",
            "/api/clusters",
            cluster("C2-" + RUN, B1, "NOPE"),
            422,
            "memberUnitIds[1]",
            "unit-must-be-registered"),
        Arguments.of(
            "chair outside the cluster",
            "totochuc.qn",
            "/api/clusters",
            "{\"clusterId\":\"C3-%s\",\"emulationYear\":2024,\"name\":\"Cụm\",\"memberUnitIds\":[\"%s\",\"%s\"],\"chairUnitId\":\"%s\",\"deputyUnitId\":\"%s\"}"
                .formatted(RUN, B1, B2, OUTSIDER, B2),
            422,
            "chairUnitId",
            "leaders-must-be-members"),
        Arguments.of(
            "chair is also deputy",
            "totochuc.qn",
            "/api/clusters",
            "{\"clusterId\":\"C4-%s\",\"emulationYear\":2024,\"name\":\"Cụm\",\"memberUnitIds\":[\"%s\",\"%s\"],\"chairUnitId\":\"%s\",\"deputyUnitId\":\"%s\"}"
                .formatted(RUN, B1, B2, B1, B1),
            422,
            "deputyUnitId",
            "chair-and-deputy-differ"),
        Arguments.of(
            "unit already in a cluster that year",
            "totochuc.qn",
            "/api/clusters",
            cluster("C5-" + RUN, B1, A2),
            422,
            "memberUnitIds[1]",
            "one-cluster-per-unit-and-year"),
        Arguments.of(
            "leadership of an unknown cluster",
            "totochuc.qn",
            "/api/clusters/NOPE-" + RUN + "/leadership",
            "{\"chairUnitId\":\"%s\",\"deputyUnitId\":\"%s\",\"reason\":\"Luân phiên\"}"
                .formatted(A1, A2),
            404,
            "clusterId",
            "cluster-must-be-formed"),
        Arguments.of(
            "leadership change without a reason",
            "totochuc.qn",
            "/api/clusters/" + CLUSTER_A + "/leadership",
            "{\"chairUnitId\":\"%s\",\"deputyUnitId\":\"%s\"}".formatted(A2, A1),
            400,
            "reason",
            "not-blank"),
        Arguments.of(
            "covenant of an unknown cluster",
            "totochuc.qn",
            "/api/covenants",
            covenant("G1-" + RUN, "NOPE-" + RUN),
            422,
            "clusterId",
            "cluster-must-be-formed"),
        Arguments.of(
            "covenant for another year than the cluster's",
            "totochuc.qn",
            "/api/covenants",
            covenant("G2-" + RUN, CLUSTER_A).replace("\"year\":2024", "\"year\":2025"),
            422,
            "year",
            "covenant-year-of-the-cluster"),
        Arguments.of(
            "second covenant for a cluster",
            "totochuc.qn",
            "/api/covenants",
            covenant("G3-" + RUN, CLUSTER_A),
            409,
            "clusterId",
            "one-covenant-per-cluster"),
        Arguments.of(
            "unknown metric",
            "totochuc.qn",
            "/api/covenants",
            covenant("G4-" + RUN, CLUSTER_A).replace("RESOLUTION_RATE", "HAPPINESS"),
            400,
            "commitments[0].metric",
            "one-of"),
        Arguments.of(
            "pledge by a unit outside the cluster",
            "quantri",
            "/api/covenants/" + COVENANT_A + "/pledges",
            pledge(OUTSIDER, "2024-02-20", flag),
            422,
            "unitId",
            "unit-must-be-cluster-member"),
        Arguments.of(
            "pledge signed by the head of another unit",
            "truongdonvi.qn",
            "/api/covenants/" + COVENANT_A + "/pledges",
            pledge(A1, "2024-02-20", flag),
            403,
            "unitId",
            "unit-head-of-the-signing-unit"),
        Arguments.of(
            "pledge registering a personal title",
            "quantri",
            "/api/covenants/" + COVENANT_A + "/pledges",
            pledge(A1, "2024-02-20", "\"GRASSROOTS_EMULATION_FIGHTER\""),
            422,
            "registeredTitles[0]",
            "unit-titles-only"),
        Arguments.of(
            "unknown title",
            "quantri",
            "/api/covenants/" + COVENANT_A + "/pledges",
            pledge(A1, "2024-02-20", "\"GOLD_MEDAL\""),
            400,
            "registeredTitles[0]",
            "one-of"),
        Arguments.of(
            "pledge signed in the future",
            "quantri",
            "/api/covenants/" + COVENANT_A + "/pledges",
            pledge(A1, "2999-02-20", flag),
            422,
            "signedOn",
            "date-not-in-future"),
        Arguments.of(
            "pledge without a signer",
            "quantri",
            "/api/covenants/" + COVENANT_A + "/pledges",
            pledge(A1, "2024-02-20", flag).replace("Trần Văn Cường", ""),
            400,
            "signerName",
            "not-blank"),
        Arguments.of(
            "pledge for an unknown covenant",
            "quantri",
            "/api/covenants/NOPE-" + RUN + "/pledges",
            pledge(A1, "2024-02-20", flag),
            404,
            "covenantId",
            "covenant-must-be-drafted"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void refusesBadInputWithAProblemNamingFieldAndRuleAndWritesNoEvent(
      String name, String user, String path, String body, int status, String field, String rule)
      throws Exception {
    long eventsBefore = eventCount();

    Answer answer = post(user, path, body);

    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JsonNode error = json.readTree(answer.body()).path("errors").path(0);
    assertThat(error.path("field").asText()).isEqualTo(field);
    assertThat(error.path("rule").asText()).isEqualTo(rule);
    assertThat(eventCount()).isEqualTo(eventsBefore);
  }

  @Test
  void onlyOrganisersAndAdministratorsDraftCovenants() {
    long eventsBefore = eventCount();

    Answer answer = post("truongdonvi.qn", "/api/covenants", covenant("G5-" + RUN, CLUSTER_A));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(eventCount()).isEqualTo(eventsBefore);
  }

  @Test
  void aClusterTheDirectoryCannotTakeIsNotFormedAtAll() {
    String clusterId = "CUM-X-" + RUN;
    jdbc.update(
        "INSERT INTO formed_cluster (cluster_id, emulation_year, chair_unit_id, deputy_unit_id)"
            + " VALUES (?, 2023, ?, ?)",
        clusterId,
        A1,
        A2);
    long eventsBefore = eventCount();

    Answer answer = post("totochuc.qn", "/api/clusters", cluster(clusterId, B1, B2));

    assertThat(answer.status()).isEqualTo(500);
    assertThat(eventCount()).as("the event rolls back with the directory").isEqualTo(eventsBefore);
  }

  @Test
  void changesStaffCountTransfersStaffAndRotatesTheClusterLeadership() {
    LocalDate nextMonth = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMonths(1);
    long eventsBefore = eventCount();

    assertThat(
            post(
                    "quantri",
                    "/api/units/" + A1 + "/staff-count",
                    "{\"staff\":101,\"effectiveFrom\":\"2023-10-01\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            post(
                    "totochuc.qn",
                    "/api/staff/" + STAFF + "/transfers",
                    "{\"toUnitId\":\"%s\",\"effectiveOn\":\"%s\"}".formatted(A2, nextMonth))
                .status())
        .isEqualTo(201);
    String rotation =
        "{\"chairUnitId\":\"%s\",\"deputyUnitId\":\"%s\",\"reason\":\"Luân phiên cụm trưởng\"}"
            .formatted(A2, A1);
    assertThat(post("totochuc.qn", "/api/clusters/" + CLUSTER_A + "/leadership", rotation).status())
        .isEqualTo(200);
    assertThat(post("totochuc.qn", "/api/clusters/" + CLUSTER_A + "/leadership", rotation).status())
        .as("naming the same leaders again")
        .isEqualTo(200);

    assertThat(eventCount()).isEqualTo(eventsBefore + 3);
    assertThat(
            jdbc.queryForObject(
                "SELECT chair_unit_id FROM formed_cluster WHERE cluster_id = ?",
                String.class,
                CLUSTER_A))
        .isEqualTo(A2);
  }

  @Test
  void aCovenantSignedByEveryMemberIsConcluded() throws Exception {
    String clusterId = "CUM-B-" + RUN;
    String covenantId = "GU-B-" + RUN;
    String pledges = "/api/covenants/" + covenantId + "/pledges";
    String titles = "\"EXCELLENT_COLLECTIVE\",\"COURT_EMULATION_FLAG\"";
    assertThat(
            post("totochuc.qn", "/api/clusters", cluster(clusterId, QUANG_NINH, B1, B2)).status())
        .isEqualTo(201);
    assertThat(post("totochuc.qn", "/api/covenants", covenant(covenantId, clusterId)).status())
        .isEqualTo(201);

    Answer first = post("truongdonvi.qn", pledges, pledge(QUANG_NINH, "2024-02-20", titles));
    Answer second = post("quantri", pledges, pledge(B1, "2024-02-21", titles));
    long eventsBeforeRepeat = eventCount();
    Answer repeated = post("truongdonvi.qn", pledges, pledge(QUANG_NINH, "2024-02-20", titles));
    assertThat(eventCount()).isEqualTo(eventsBeforeRepeat);
    Answer last = post("quantri", pledges, pledge(B2, "2024-02-22", titles));
    long eventsAfterConclusion = eventCount();
    Answer changedAfterConclusion = post("quantri", pledges, pledge(B2, "2024-02-23", titles));

    assertThat(List.of(first.status(), second.status(), repeated.status(), last.status()))
        .containsExactly(201, 201, 200, 201);
    assertThat(json.readTree(second.body()).path("concluded").asBoolean()).isFalse();
    assertThat(json.readTree(last.body()).path("concluded").asBoolean()).isTrue();
    assertThat(changedAfterConclusion.status()).isEqualTo(409);
    assertThat(
            json.readTree(changedAfterConclusion.body())
                .path("errors")
                .path(0)
                .path("rule")
                .asText())
        .isEqualTo("one-pledge-per-unit");
    assertThat(eventCount()).isEqualTo(eventsAfterConclusion);
    assertThat(
            jdbc.queryForList(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                    + " ORDER BY sequence_number",
                String.class,
                covenantId))
        .containsExactly(
            "vn.thidua.events.covenant.CovenantDrafted",
            "vn.thidua.events.covenant.PledgeSigned",
            "vn.thidua.events.covenant.PledgeSigned",
            "vn.thidua.events.covenant.PledgeSigned",
            "vn.thidua.events.covenant.CovenantConcluded");
    JsonNode concluded =
        json.readTree(
            jdbc.queryForObject(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                    + " AND sequence_number = 4",
                byte[].class,
                covenantId));
    assertThat(concluded.path("concludedOn").asText()).isEqualTo("2024-02-22");
  }

  private long eventCount() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }

  private Answer post(String user, String path, String body) {
    return Answer.post(port, user, path, body, null);
  }
}
