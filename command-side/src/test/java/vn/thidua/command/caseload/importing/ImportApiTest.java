package vn.thidua.command.caseload.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import vn.thidua.command.CommandSideStores;

/** The bulk import over HTTP against the embedded PostgreSQL, as a court's export would arrive. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportApiTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PROVINCE = "IP-" + RUN;
  private static final String DISTRICT = "ID-" + RUN;
  private static final String CLERK_UNIT = "TAND-QN";
  private static final String CLERK_DISTRICT = "IQ-" + RUN;
  private static final String HEADER =
      "kind,caseId,unitId,caseType,acceptedOn,carriedOver,resolvedOn,outcome,onlineTrial,modelTrial,presidingJudgeId,ghi chú\n";
  private static boolean unitsRegistered;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @BeforeEach
  void registerUnits() {
    if (unitsRegistered) {
      return;
    }
    registerUnit(PROVINCE, "PROVINCIAL", null);
    registerUnit(DISTRICT, "DISTRICT", PROVINCE);
    registerUnit(CLERK_UNIT, "PROVINCIAL", null);
    registerUnit(CLERK_DISTRICT, "DISTRICT", CLERK_UNIT);
    unitsRegistered = true;
  }

  @Test
  void importsAFileAndTheSameFileAgainChangesNothing() throws Exception {
    String file =
        HEADER
            + row(
                "ACCEPT",
                "A1",
                DISTRICT,
                "CIVIL",
                "2022-09-20",
                "true",
                "",
                "",
                "",
                "",
                "",
                "Tranh chấp quyền sử dụng đất, thửa số 12")
            + row(
                "ACCEPT",
                "A2",
                DISTRICT,
                "CRIMINAL",
                "2022-10-03",
                "",
                "",
                "",
                "",
                "",
                "",
                "Trộm cắp tài sản")
            + row(
                "ACCEPT",
                "A3",
                PROVINCE,
                "ADMINISTRATIVE",
                "2022-11-15",
                "false",
                "",
                "",
                "",
                "",
                "",
                "")
            + row(
                "VERDICT",
                "A1",
                "",
                "",
                "",
                "",
                "2022-12-01",
                "MEDIATION_SUCCESS",
                "",
                "",
                "",
                "Hòa giải thành")
            + row(
                "VERDICT",
                "A2",
                "",
                "",
                "",
                "",
                "2023-01-10",
                "TRIED",
                "có",
                "x",
                "TP-01",
                "Phiên tòa rút kinh nghiệm");

    JsonNode first = upload("quantri", "text/csv", file, "import-" + RUN);
    assertThat(first.path("rows").asLong()).isEqualTo(5);
    assertThat(first.path("accepted").asLong()).isEqualTo(5);
    assertThat(first.path("unchanged").asLong()).isZero();
    assertThat(first.path("rejected").asLong()).isZero();
    assertThat(first.path("rejections")).isEmpty();
    assertThat(eventsOf("A%")).isEqualTo(5);
    JsonNode meta =
        json.readTree(
            jdbc.queryForObject(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1",
                byte[].class,
                RUN + "-A2"));
    assertThat(meta.path("userId").asText()).isEqualTo("quantri");
    assertThat(meta.path("traceId").asText()).isEqualTo("import-" + RUN);
    assertThat(
            jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1",
                String.class,
                RUN + "-A2"))
        .contains("\"onlineTrial\":true", "\"modelTrial\":true", "\"presidingJudgeId\":\"TP-01\"");

    JsonNode again = upload("quantri", "text/csv", file, null);
    assertThat(again.path("rows").asLong()).isEqualTo(5);
    assertThat(again.path("accepted").asLong()).isZero();
    assertThat(again.path("unchanged").asLong()).isEqualTo(5);
    assertThat(again.path("rejected").asLong()).isZero();
    assertThat(eventsOf("A%")).isEqualTo(5);
  }

  @Test
  void importsEveryKindOfCaseFactAndTheSameFileAgainChangesNothing() throws Exception {
    String header =
        "kind,caseId,unitId,caseType,acceptedOn,resolvedOn,outcome,decidedOn,result,scope,cause,"
            + "reason,effectiveOn,publishedOn,portalUrl\n";
    String file =
        header
            + row(
                "ACCEPT",
                "F1",
                DISTRICT,
                "CIVIL",
                "2022-09-01",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "")
            + row(
                "THU_LY",
                "F2",
                DISTRICT,
                "CRIMINAL",
                "2022-09-02",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "")
            + row(
                "VERDICT", "F1", "", "", "", "2022-10-01", "TRIED", "", "", "", "", "", "", "", "")
            + row(
                "GIAI_QUYET",
                "F2",
                "",
                "",
                "",
                "2022-10-05",
                "TRIED",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "")
            + row(
                "APPEAL",
                "F1",
                "",
                "",
                "",
                "",
                "",
                "2022-12-01",
                "AMENDED",
                "PARTIAL",
                "SUBJECTIVE",
                "Sai sót khi đánh giá chứng cứ, sửa một phần",
                "",
                "",
                "")
            + row("HIEU_LUC", "F2", "", "", "", "", "", "", "", "", "", "", "2022-10-20", "", "")
            + row("EFFECTIVE", "F1", "", "", "", "", "", "", "", "", "", "", "2022-12-01", "", "")
            + row(
                "PUBLICATION",
                "F1",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "2022-12-15",
                "https://congbobanan.toaan.gov.vn/2ta1001")
            + row("CONG_BO", "F2", "", "", "", "", "", "", "", "", "", "", "", "2022-11-01", "")
            + row(
                "PHUC_THAM",
                "F2",
                "",
                "",
                "",
                "",
                "",
                "2022-12-20",
                "UPHELD",
                "",
                "",
                "",
                "",
                "",
                "");

    JsonNode first = upload("quantri", "text/csv", file, null);
    assertThat(first.path("rejections")).as(first.toString()).isEmpty();
    assertThat(first.path("rows").asLong()).isEqualTo(10);
    assertThat(first.path("accepted").asLong()).isEqualTo(10);
    assertThat(eventsOf("F%")).isEqualTo(10);

    JsonNode again = upload("quantri", "text/csv", file, null);
    assertThat(again.path("rows").asLong()).isEqualTo(10);
    assertThat(again.path("accepted").asLong()).isZero();
    assertThat(again.path("unchanged").asLong()).isEqualTo(10);
    assertThat(again.path("rejected").asLong()).isZero();
    assertThat(eventsOf("F%")).isEqualTo(10);

    String contradicting =
        header
            + row(
                "APPEAL",
                "F1",
                "",
                "",
                "",
                "",
                "",
                "2022-12-01",
                "ANNULLED",
                "WHOLE",
                "SUBJECTIVE",
                "",
                "",
                "",
                "")
            + row("EFFECTIVE", "F2", "", "", "", "", "", "", "", "", "", "", "2022-10-21", "", "")
            + row(
                "PUBLICATION",
                "F2",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "2022-11-01",
                "https://congbobanan.toaan.gov.vn/other");
    JsonNode conflicts = upload("quantri", "text/csv", contradicting, null);
    assertThat(conflicts.path("rejected").asLong()).isEqualTo(3);
    assertThat(rejection(conflicts, 0)).isEqualTo("2 F1 result " + CaseloadImporter.CONFLICT_RULE);
    assertThat(rejection(conflicts, 1))
        .isEqualTo("3 F2 effectiveOn " + CaseloadImporter.CONFLICT_RULE);
    assertThat(rejection(conflicts, 2))
        .isEqualTo("4 F2 portalUrl " + CaseloadImporter.CONFLICT_RULE);
    assertThat(eventsOf("F%")).isEqualTo(10);
  }

  @Test
  void rejectsBadRowsWithTheirReasonAndRecordsTheGoodOnes() throws Exception {
    upload(
        "quantri",
        "application/x-ndjson",
        ndjson("ACCEPT", "M1", DISTRICT, "CIVIL", "2023-01-05", null)
            + ndjson("VERDICT", "M1", null, null, null, "2023-02-01"),
        null);
    String tomorrow = LocalDate.now().plusDays(2).toString();
    String file =
        ndjson("ACCEPT", "M2", DISTRICT, "LABOUR", "2023-01-05", null)
            + "{\"kind\":\"ACCEPT\",\"caseId\":\""
            + RUN
            + "-M3\",\"caseType\":\"LABOUR\"}\n"
            + ndjson("ACCEPT", "M4", "NOPE-" + RUN, "CIVIL", "2023-01-05", null)
            + ndjson("ACCEPT", "M5", DISTRICT, "CIVIL", tomorrow, null)
            + ndjson("ACCEPT", "M1", DISTRICT, "CRIMINAL", "2023-01-05", null)
            + ndjson("VERDICT", "M1", null, null, null, "2023-03-01")
            + ndjson("VERDICT", "M9", null, null, null, "2023-02-01")
            + ndjson("VERDICT", "M2", null, null, null, "2022-12-01")
            + "not json\n"
            + ndjson("VERDICT", "M2", null, null, null, "2023-02-01")
            + ndjson("ACCEPT", "M1", DISTRICT, "CIVIL", "2023-01-05", null);
    long before = eventsOf("M%");

    JsonNode report = upload("quantri", "application/x-ndjson", file, null);

    assertThat(report.path("rows").asLong()).isEqualTo(11);
    assertThat(report.path("accepted").asLong()).isEqualTo(2);
    assertThat(report.path("unchanged").asLong()).isEqualTo(1);
    assertThat(report.path("rejected").asLong()).isEqualTo(8);
    assertThat(report.path("rejectionsNotListed").asLong()).isZero();
    assertThat(rejection(report, 0)).isEqualTo("2 M3 unitId not-blank");
    assertThat(rejection(report, 1)).isEqualTo("3 M4 unitId unit-must-be-registered");
    assertThat(rejection(report, 2)).isEqualTo("4 M5 acceptedOn date-not-in-future");
    assertThat(rejection(report, 3)).isEqualTo("5 M1 caseType row-must-match-recorded-case");
    assertThat(rejection(report, 4)).isEqualTo("6 M1 resolvedOn row-must-match-recorded-case");
    assertThat(rejection(report, 5)).isEqualTo("7 M9 caseId case-must-be-accepted");
    assertThat(rejection(report, 6)).isEqualTo("8 M2 resolvedOn resolved-on-or-after-acceptance");
    assertThat(rejection(report, 7)).isEqualTo("9 null null well-formed-json");
    assertThat(report.path("rejections").get(3).path("message").asText())
        .contains("CIVIL", "CRIMINAL");
    assertThat(eventsOf("M%") - before).as("only M2's acceptance and verdict").isEqualTo(2);
  }

  @Test
  void aClerkImportsOnlyForTheirOwnUnitsAndBelow() throws Exception {
    String otherCourtsCase =
        row("ACCEPT", "K3", DISTRICT, "CIVIL", "2023-01-05", "", "", "", "", "", "", "");
    upload("quantri", "text/csv", HEADER + otherCourtsCase, null);
    String file =
        HEADER
            + row("ACCEPT", "K1", CLERK_DISTRICT, "CIVIL", "2023-01-05", "", "", "", "", "", "", "")
            + row("ACCEPT", "K2", DISTRICT, "CIVIL", "2023-01-05", "", "", "", "", "", "", "")
            + otherCourtsCase
            + row("VERDICT", "K3", "", "", "", "", "2023-02-01", "TRIED", "", "", "", "");

    JsonNode report = upload("thuky.qn", "text/csv", file, null);

    assertThat(report.path("accepted").asLong()).isEqualTo(1);
    assertThat(report.path("unchanged").asLong())
        .as("nothing learnt about another court's case")
        .isZero();
    assertThat(rejection(report, 0)).isEqualTo("3 K2 unitId own-unit-or-below");
    assertThat(rejection(report, 1)).isEqualTo("4 K3 caseId own-unit-or-below");
    assertThat(rejection(report, 2)).isEqualTo("5 K3 caseId own-unit-or-below");
    assertThat(eventsOf("K2")).isZero();
    assertThat(eventsOf("K3")).isEqualTo(1);
  }

  @Test
  void refusesAFileWithoutKindColumnAndCallersWhoMayNotRecordCases() {
    Answer noKind = post("quantri", "text/csv", "caseId,unitId\nX,Y\n");
    assertThat(noKind.status()).isEqualTo(422);
    assertThat(noKind.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(noKind.body()).contains("kind-column-required");

    assertThat(post("phantich", "text/csv", HEADER).status()).isEqualTo(403);
    assertThat(post("quantri", "application/json", "{}").status()).isEqualTo(415);
  }

  @Test
  void streamsFiveThousandRowsLargerThanTheUsualBodyLimit() throws Exception {
    int cases = 2_500;
    String note =
        "Vụ án tranh chấp hợp đồng mua bán hàng hóa giữa hai doanh nghiệp ở Hạ Long ".repeat(2);
    AtomicLong bytes = new AtomicLong();
    StreamingHttpOutputMessage.Body body =
        stream -> {
          OutputStream output = new CountingOutputStream(stream, bytes);
          write(output, HEADER);
          for (int index = 0; index < cases; index++) {
            write(
                output,
                row(
                    "ACCEPT",
                    "B" + index,
                    DISTRICT,
                    "BUSINESS_AND_TRADE",
                    "2023-01-02",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    note));
            write(
                output,
                row(
                    "VERDICT",
                    "B" + index,
                    "",
                    "",
                    "",
                    "",
                    "2023-03-04",
                    "TRIED",
                    "",
                    "",
                    "",
                    note));
          }
        };

    JsonNode report =
        json.readTree(
            RestClient.create()
                .post()
                .uri("http://localhost:" + port + "/api/imports/caseload")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .headers(headers -> headers.setBasicAuth("quantri", "thidua-local"))
                .body(body)
                .retrieve()
                .body(String.class));

    assertThat(report.path("rows").asLong()).isEqualTo(5_000);
    assertThat(report.path("accepted").asLong()).isEqualTo(5_000);
    assertThat(eventsOf("B%")).isEqualTo(5_000);
    assertThat(bytes.get()).as("more than the 1 MB other requests may send").isGreaterThan(1 << 20);
  }

  private static final class CountingOutputStream extends FilterOutputStream {
    private final AtomicLong bytes;

    CountingOutputStream(OutputStream out, AtomicLong bytes) {
      super(out);
      this.bytes = bytes;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
      out.write(buffer, offset, length);
      bytes.addAndGet(length);
    }
  }

  private static void write(OutputStream output, String text) throws IOException {
    output.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String row(String... cells) {
    cells[1] = RUN + "-" + cells[1];
    StringBuilder line = new StringBuilder();
    for (String cell : cells) {
      if (!line.isEmpty()) {
        line.append(',');
      }
      line.append(
          cell.contains(",") || cell.contains("\"")
              ? "\"" + cell.replace("\"", "\"\"") + "\""
              : cell);
    }
    return line.append('\n').toString();
  }

  private static String ndjson(
      String kind,
      String caseId,
      String unitId,
      String caseType,
      String acceptedOn,
      String resolvedOn) {
    StringBuilder line =
        new StringBuilder("{\"kind\":\"" + kind + "\",\"caseId\":\"" + RUN + "-" + caseId + "\"");
    if (unitId != null) {
      line.append(",\"unitId\":\"").append(unitId).append('"');
      line.append(",\"caseType\":\"").append(caseType).append('"');
      line.append(",\"acceptedOn\":\"").append(acceptedOn).append('"');
    }
    if (resolvedOn != null) {
      line.append(",\"resolvedOn\":\"").append(resolvedOn).append("\",\"outcome\":\"TRIED\"");
    }
    return line.append(",\"ghiChu\":\"Bản án đã có hiệu lực\"}\n").toString();
  }

  /** "line caseId field rule" of the n-th listed rejection, with the run prefix taken off. */
  private static String rejection(JsonNode report, int index) {
    JsonNode rejected = report.path("rejections").get(index);
    String caseId =
        rejected.path("caseId").isNull()
            ? "null"
            : rejected.path("caseId").asText().replace(RUN + "-", "");
    return rejected.path("line").asLong()
        + " "
        + caseId
        + " "
        + (rejected.path("field").isNull() ? "null" : rejected.path("field").asText())
        + " "
        + rejected.path("rule").asText();
  }

  private long eventsOf(String caseIdPattern) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE ?",
        Long.class,
        RUN + "-" + caseIdPattern);
  }

  private void registerUnit(String unitId, String level, String parentUnitId) {
    String parent = parentUnitId == null ? "" : ",\"parentUnitId\":\"" + parentUnitId + "\"";
    int status =
        RestClient.create()
            .post()
            .uri("http://localhost:" + port + "/api/units")
            .contentType(MediaType.APPLICATION_JSON)
            .headers(headers -> headers.setBasicAuth("quantri", "thidua-local"))
            .body(
                "{\"unitId\":\"%s\",\"name\":\"Tòa án nhân dân\",\"level\":\"%s\",\"judges\":5%s}"
                    .formatted(unitId, level, parent))
            .exchange((request, response) -> response.getStatusCode().value());
    assertThat(status).isIn(201, 409);
  }

  private JsonNode upload(String user, String contentType, String body, String correlationId)
      throws IOException {
    Answer answer = post(user, contentType, body, correlationId);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private Answer post(String user, String contentType, String body) {
    return post(user, contentType, body, null);
  }

  private Answer post(String user, String contentType, String body, String correlationId) {
    return RestClient.create()
        .post()
        .uri("http://localhost:" + port + "/api/imports/caseload")
        .contentType(MediaType.parseMediaType(contentType))
        .headers(
            headers -> {
              headers.setBasicAuth(user, "thidua-local");
              if (correlationId != null) {
                headers.set("X-Correlation-Id", correlationId);
              }
            })
        .body(body.getBytes(StandardCharsets.UTF_8))
        .exchange(
            (request, response) ->
                new Answer(
                    response.getStatusCode().value(),
                    String.valueOf(response.getHeaders().getContentType()),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
  }

  record Answer(int status, String contentType, String body) {}
}
