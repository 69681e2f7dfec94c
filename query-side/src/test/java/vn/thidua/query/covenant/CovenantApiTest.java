package vn.thidua.query.covenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.events.covenant.CovenantConcluded;
import vn.thidua.events.covenant.CovenantDrafted;
import vn.thidua.events.covenant.PledgeSigned;
import vn.thidua.events.recognition.Title;
import vn.thidua.query.ApiClient.Response;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;
import vn.thidua.query.ReadApi;
import vn.thidua.query.TableHttp;
import vn.thidua.support.table.TablePage;

/** A cluster's covenant over HTTP, signed by both members and so concluded. */
class CovenantApiTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String COVENANT = "GU-IV-" + RUN;
  private static final String CLUSTER = "CUM-IV-" + RUN;
  private static final String NEXT_YEARS = "GU-IV-2025-" + RUN;
  private static final List<String> MEMBERS = List.of("TAND-QN", "TAND-HP");
  private static boolean eventsAppended;

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired ObjectMapper json;

  @BeforeEach
  void appendTheCovenantOnce() {
    if (eventsAppended) {
      return;
    }
    EventStoreWriter events = new EventStoreWriter(storage);
    events.append(
        "Covenant",
        COVENANT,
        new CovenantDrafted(
            COVENANT,
            CLUSTER,
            2024,
            MEMBERS,
            List.of(new Commitment(Metric.RESOLUTION_RATE, new BigDecimal("90"), null))),
        actedBy("quantri", "TANDTC", "draft-" + RUN));
    events.append(
        "Covenant",
        NEXT_YEARS,
        new CovenantDrafted(
            NEXT_YEARS,
            CLUSTER,
            2025,
            MEMBERS,
            List.of(new Commitment(Metric.RESOLUTION_RATE, new BigDecimal("95"), null))),
        actedBy("quantri", "TANDTC", "draft-" + RUN));
    sign(events, "TAND-QN", "2024-01-18");
    sign(events, "TAND-HP", "2024-01-20");
    events.append(
        "Covenant",
        COVENANT,
        new CovenantConcluded(COVENANT, CLUSTER, 2024, MEMBERS, LocalDate.parse("2024-01-20")),
        actedBy("truongdonvi.hp", "TAND-HP", "sign-" + RUN));
    eventsAppended = true;
  }

  @Test
  void theCovenantOfAClusterShowsWhoSignedWhenAndThatItConcluded() {
    List<CovenantView> covenants =
        api()
            .awaitRead(
                "/api/covenants?year=2024&clusterId=" + CLUSTER,
                new TypeReference<TablePage<CovenantView>>() {},
                page -> page.totalItems() == 1 && page.items().get(0).concluded())
            .items();

    CovenantView covenant = covenants.get(0);
    assertThat(covenant.covenantId()).isEqualTo(COVENANT);
    assertThat(covenant.pledges())
        .extracting(Pledge::unitId, Pledge::signedOn)
        .containsExactly(
            tuple("TAND-QN", LocalDate.parse("2024-01-18")),
            tuple("TAND-HP", LocalDate.parse("2024-01-20")));
    assertThat(covenant.pledges().get(0).registeredTitles())
        .containsExactly(Title.EXCELLENT_COLLECTIVE);
    assertThat(covenant.concludedOn()).isEqualTo("2024-01-20");
    assertThat(api().awaitRead("/api/covenants/" + COVENANT, CovenantView.class, view -> true))
        .isEqualTo(covenant);
  }

  @Test
  void theCovenantsAreAnAnalystTableSortedPagedAndExported() throws IOException {
    String ofTheCluster = "/api/covenants?clusterId=" + CLUSTER;
    api().awaitRead("/api/covenants/" + COVENANT, CovenantView.class, CovenantView::concluded);
    JsonNode first =
        await()
            .atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(
                () -> table().page(ofTheCluster + "&sort=year,desc&size=1"),
                page -> page.path("totalItems").asLong() == 2);
    JsonNode second = table().page(ofTheCluster + "&sort=year,desc&size=1&page=1");

    assertThat(first.path("totalPages").asInt()).isEqualTo(2);
    assertThat(first.path("items").findValuesAsText("covenantId")).containsExactly(NEXT_YEARS);
    assertThat(second.path("items").findValuesAsText("covenantId")).containsExactly(COVENANT);
    assertThat(second.path("items").path(0).path("pledges")).hasSize(2);
    assertThat(
            table()
                .page(ofTheCluster + "&concluded=false")
                .path("items")
                .findValuesAsText("covenantId"))
        .containsExactly(NEXT_YEARS);

    List<String> csv = table().csv(ofTheCluster + "&sort=year,asc&format=csv", "giao-uoc-thi-dua");
    assertThat(csv).hasSize(3);
    assertThat(csv.get(0))
        .isEqualTo(
            "Mã giao ước,Cụm thi đua,Năm thi đua,Đơn vị thành viên,Chỉ tiêu,Số đơn vị đã ký,"
                + "Đơn vị chưa ký,Đã kết thúc,Ngày kết thúc,Thời điểm soạn thảo");
    assertThat(csv.get(1))
        .startsWith(
            COVENANT
                + ","
                + CLUSTER
                + ",2024,\"TAND-QN, TAND-HP\",RESOLUTION_RATE 90,2,,true,2024-01-20,");
    assertThat(csv.get(2))
        .startsWith(
            NEXT_YEARS
                + ","
                + CLUSTER
                + ",2025,\"TAND-QN, TAND-HP\",RESOLUTION_RATE 95,0,\"TAND-QN, TAND-HP\",false,,");

    try (XSSFWorkbook workbook =
        table().xlsx(ofTheCluster + "&sort=year,asc&lang=en", "giao-uoc-thi-dua")) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Concluded on");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(8).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.parse("2024-01-20"));
    }

    table().assertProblem("/api/covenants?sort=pledges,asc", 400, "sort", "sortable-column");
  }

  @Test
  void anUnknownCovenantIsAProblem404() {
    Response response = api().get("/api/covenants/GU-NONE-" + RUN);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api().firstError(response).path("rule").asText())
        .isEqualTo("covenant-must-be-drafted");
  }

  @Test
  void aMalformedYearIsAProblem400NamingTheFilter() {
    Response response = api().get("/api/covenants?year=20x4");

    assertThat(response.status()).isEqualTo(400);
    assertThat(api().firstError(response).path("field").asText()).isEqualTo("year");
  }

  private static void sign(EventStoreWriter events, String unitId, String signedOn) {
    events.append(
        "Covenant",
        COVENANT,
        new PledgeSigned(
            COVENANT,
            CLUSTER,
            2024,
            unitId,
            "Chánh án " + unitId,
            "Chánh án",
            LocalDate.parse(signedOn),
            List.of(Title.EXCELLENT_COLLECTIVE)),
        actedBy("truongdonvi", unitId, "sign-" + RUN));
  }

  private TableHttp table() {
    return new TableHttp(port, json);
  }

  private ReadApi api() {
    return new ReadApi(port, json);
  }
}
