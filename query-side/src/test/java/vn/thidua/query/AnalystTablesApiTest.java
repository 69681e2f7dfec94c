package vn.thidua.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.JudgeCountChanged;
import vn.thidua.events.organisation.UnitRegistered;

/**
 * The units, campaigns and audit trail as analyst tables over HTTP: pages, sorting, filters, CSV
 * and XLSX exports with Vietnamese headers, and refusals as problem+json.
 */
class AnalystTablesApiTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private static final String PROVINCE = "TAND-" + RUN;
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static boolean unitsRegistered;

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired ObjectMapper json;

  /** A province and three district courts below it, registered under one parent to filter by. */
  @BeforeEach
  void registerUnitsOnce() {
    if (unitsRegistered) {
      return;
    }
    EventStoreWriter events = new EventStoreWriter(storage);
    MetaData admin = actedBy("quantri", "TANDTC", "tables-" + RUN);
    events.append(
        "CourtUnit",
        PROVINCE,
        new UnitRegistered(PROVINCE, "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, null, 40),
        admin);
    district(events, "HL", "TAND thành phố Hạ Long", 15, admin);
    district(events, "CP", "TAND thành phố Cẩm Phả", 9, admin);
    district(events, "DH", "TAND huyện Đầm Hà", 5, admin);
    events.append(
        "CourtUnit",
        PROVINCE + "-CP",
        new JudgeCountChanged(PROVINCE + "-CP", 11, LocalDate.parse("2023-07-01")),
        admin);
    await()
        .atMost(PATIENCE)
        .ignoreExceptions()
        .until(
            () -> page("/api/units?parentUnitId=" + PROVINCE + "&judges=11"),
            page -> page.path("totalItems").asLong() == 1);
    unitsRegistered = true;
  }

  @Test
  void theUnitsArePagedSortedAndFiltered() {
    JsonNode first = page("/api/units?parentUnitId=" + PROVINCE + "&sort=judges,desc&size=2");
    JsonNode second =
        page("/api/units?parentUnitId=" + PROVINCE + "&sort=judges,desc&size=2&page=1");

    assertThat(first.path("totalItems").asLong()).isEqualTo(3);
    assertThat(first.path("totalPages").asInt()).isEqualTo(2);
    assertThat(first.path("items").findValuesAsText("unitId"))
        .containsExactly(PROVINCE + "-HL", PROVINCE + "-CP");
    assertThat(second.path("items").findValuesAsText("unitId")).containsExactly(PROVINCE + "-DH");
    assertThat(
            page("/api/units?name=thành phố&parentUnitId=" + PROVINCE).path("totalItems").asLong())
        .isEqualTo(2);
    assertThat(
            page("/api/units?level=provincial&unitId=" + PROVINCE)
                .path("items")
                .path(0)
                .path("judges")
                .asInt())
        .isEqualTo(40);
  }

  @Test
  void theUnitsExportAsCsvWithVietnameseHeaders() {
    Answer answer =
        get("/api/units?format=csv&sort=name,asc&parentUnitId=" + PROVINCE, HttpHeaders.EMPTY);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/csv");
    assertThat(answer.header(HttpHeaders.CONTENT_DISPOSITION)).contains("don-vi.csv");
    assertThat(answer.body()).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertThat(answer.text().substring(1).split("\r\n"))
        .containsExactly(
            "Mã đơn vị,Tên đơn vị,Cấp tòa án,Đơn vị cấp trên,Số thẩm phán,Số thẩm phán áp dụng từ",
            PROVINCE + "-DH,TAND huyện Đầm Hà,DISTRICT," + PROVINCE + ",5,",
            PROVINCE + "-CP,TAND thành phố Cẩm Phả,DISTRICT," + PROVINCE + ",11,2023-07-01",
            PROVINCE + "-HL,TAND thành phố Hạ Long,DISTRICT," + PROVINCE + ",15,");
  }

  @Test
  void theUnitsExportAsXlsxWhenTheCallerAcceptsIt() throws IOException {
    HttpHeaders headers = new HttpHeaders();
    headers.set(
        HttpHeaders.ACCEPT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    Answer answer = get("/api/units?sort=judges,asc&parentUnitId=" + PROVINCE, headers);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header(HttpHeaders.CONTENT_DISPOSITION)).contains("don-vi.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Judges");
      assertThat(sheet.getRow(0).getCell(4).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(5);
      assertThat(sheet.getRow(2).getCell(5).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.parse("2023-07-01"));
    }
  }

  @Test
  void campaignsAndTheAuditTrailAreTablesToo() {
    JsonNode campaigns = page("/api/campaigns?sort=launchedAt,desc&size=5");
    JsonNode trail = page("/api/audit?unitId=" + PROVINCE + "&sort=occurredAt,desc");

    assertThat(campaigns.path("size").asInt()).isEqualTo(5);
    assertThat(campaigns.has("totalItems")).isTrue();
    assertThat(trail.path("items")).isEmpty();
    assertThat(trail.path("totalPages").asInt()).isZero();
    Answer csv = get("/api/audit?format=csv&lang=en&unitId=" + PROVINCE, HttpHeaders.EMPTY);
    assertThat(csv.text())
        .isEqualTo(
            "\uFEFFOccurred at,Decision,Subject,Summary,Decided by,Roles,Unit of the decider,"
                + "Reason,Campaign,Units concerned,Correlation id,Causation id,Event id\r\n");
  }

  @Test
  void badTableRequestsAreProblemsNamingTheParameter() {
    assertProblem(
        "/api/units?parentUnitId=" + PROVINCE + "&page=1", 400, "page", "page-out-of-range");
    assertProblem("/api/units?size=501", 400, "size", "size-out-of-range");
    assertProblem("/api/campaigns?sort=budget,desc", 400, "sort", "sortable-column");
    assertProblem("/api/units?level=COMMUNE", 400, "level", "one-of");
    assertProblem("/api/audit?occurredAt=yesterday", 400, "occurredAt", "iso-date");
    assertProblem("/api/units?format=pdf", 400, "format", "format-unsupported");
    HttpHeaders pdf = new HttpHeaders();
    pdf.set(HttpHeaders.ACCEPT, "application/pdf");
    Answer notAcceptable = get("/api/campaigns", pdf);
    assertThat(notAcceptable.status()).isEqualTo(406);
    assertThat(errorOf(notAcceptable).path("rule").asText()).isEqualTo("format-unsupported");
  }

  private void district(
      EventStoreWriter events, String suffix, String name, int judges, MetaData admin) {
    events.append(
        "CourtUnit",
        PROVINCE + "-" + suffix,
        new UnitRegistered(PROVINCE + "-" + suffix, name, CourtLevel.DISTRICT, PROVINCE, judges),
        admin);
  }

  private void assertProblem(String path, int status, String field, String rule) {
    Answer answer = get(path, HttpHeaders.EMPTY);
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/problem+json");
    JsonNode error = errorOf(answer);
    assertThat(error.path("field").asText()).isEqualTo(field);
    assertThat(error.path("rule").asText()).isEqualTo(rule);
  }

  private JsonNode errorOf(Answer answer) {
    return tree(answer.text()).path("errors").path(0);
  }

  private JsonNode page(String path) {
    Answer answer = get(path, HttpHeaders.EMPTY);
    if (answer.status() != 200) {
      throw new IllegalStateException(path + " answered " + answer.status() + " " + answer.text());
    }
    return tree(answer.text());
  }

  private JsonNode tree(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Answer get(String path, HttpHeaders headers) {
    return RestClient.create("http://localhost:" + port)
        .get()
        .uri(path)
        .headers(
            sent -> {
              sent.addAll(headers);
              sent.setBasicAuth("phantich", ApiClient.PASSWORD);
            })
        .exchange(
            (request, response) ->
                new Answer(
                    response.getStatusCode().value(),
                    response.getHeaders(),
                    response.getBody().readAllBytes()));
  }

  private record Answer(int status, HttpHeaders headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
