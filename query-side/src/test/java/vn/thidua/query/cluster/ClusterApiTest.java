package vn.thidua.query.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import vn.thidua.events.organisation.ClusterFormed;
import vn.thidua.events.organisation.ClusterLeadershipChanged;
import vn.thidua.query.ApiClient.Response;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;
import vn.thidua.query.ReadApi;
import vn.thidua.query.TableHttp;
import vn.thidua.support.table.TablePage;

/** Clusters over HTTP, from events appended to the event store as the command side would. */
class ClusterApiTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String CLUSTER = "CUM-IV-" + RUN;
  private static final String NEXT_YEARS = "CUM-V-" + RUN;
  private static final int YEAR = 2900 + (int) (Math.random() * 99);
  private static boolean eventsAppended;

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired ObjectMapper json;

  @BeforeEach
  void appendTheClusterOnce() {
    if (eventsAppended) {
      return;
    }
    EventStoreWriter events = new EventStoreWriter(storage);
    MetaData admin = actedBy("quantri", "TANDTC", "clusters-" + RUN);
    events.append(
        "Cluster",
        CLUSTER,
        new ClusterFormed(
            CLUSTER,
            YEAR,
            "Cụm thi đua số IV " + RUN,
            List.of("TAND-QN", "TAND-HP", "TAND-HD"),
            "TAND-QN",
            "TAND-HP"),
        admin);
    events.append(
        "Cluster",
        CLUSTER,
        new ClusterLeadershipChanged(CLUSTER, YEAR, "TAND-HP", "TAND-HD", "Luân phiên"),
        admin);
    events.append(
        "Cluster",
        NEXT_YEARS,
        new ClusterFormed(
            NEXT_YEARS,
            YEAR + 1,
            "Cụm thi đua số V " + RUN,
            List.of("TAND-QN", "TAND-HP"),
            "TAND-QN",
            "TAND-HP"),
        admin);
    eventsAppended = true;
  }

  @Test
  void theClustersOfAYearAreListedWithTheirCurrentLeaders() {
    List<ClusterView> clusters =
        api()
            .awaitRead(
                "/api/clusters?year=" + YEAR,
                new TypeReference<TablePage<ClusterView>>() {},
                page ->
                    page.totalItems() == 1 && !page.items().get(0).leadershipChanges().isEmpty())
            .items();

    ClusterView cluster = clusters.get(0);
    assertThat(cluster.clusterId()).isEqualTo(CLUSTER);
    assertThat(cluster.memberUnitIds()).containsExactly("TAND-QN", "TAND-HP", "TAND-HD");
    assertThat(cluster.chairUnitId()).isEqualTo("TAND-HP");
    assertThat(cluster.leadershipChanges())
        .extracting(LeadershipChange::previousChairUnitId, LeadershipChange::reason)
        .containsExactly(tuple("TAND-QN", "Luân phiên"));
    assertThat(api().awaitRead("/api/clusters/" + CLUSTER, ClusterView.class, view -> true).year())
        .isEqualTo(YEAR);
  }

  @Test
  void theClustersAreAnAnalystTableSortedPagedAndExported() throws IOException {
    String both = "/api/clusters?name=" + RUN;
    JsonNode first =
        await()
            .atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(
                () -> table().page(both + "&sort=year,desc&size=1"),
                page -> page.path("totalItems").asLong() == 2);
    JsonNode second = table().page(both + "&sort=year,desc&size=1&page=1");

    assertThat(first.path("totalPages").asInt()).isEqualTo(2);
    assertThat(first.path("items").findValuesAsText("clusterId")).containsExactly(NEXT_YEARS);
    assertThat(second.path("items").findValuesAsText("clusterId")).containsExactly(CLUSTER);
    assertThat(second.path("items").path(0).path("leadershipChanges")).hasSize(1);

    List<String> csv = table().csv(both + "&sort=clusterId,asc&format=csv", "cum-thi-dua");
    assertThat(csv).hasSize(3);
    assertThat(csv.get(0))
        .isEqualTo(
            "Mã cụm,Năm thi đua,Tên cụm,Đơn vị thành viên,Số đơn vị thành viên,Cụm trưởng,"
                + "Cụm phó,Số lần thay đổi lãnh đạo cụm,Thời điểm thành lập");
    assertThat(csv.get(1))
        .startsWith(
            CLUSTER
                + ","
                + YEAR
                + ",Cụm thi đua số IV "
                + RUN
                + ",\"TAND-QN, TAND-HP, TAND-HD\",3,TAND-HP,TAND-HD,1,");
    assertThat(csv.get(2)).startsWith(NEXT_YEARS + "," + (YEAR + 1) + ",");

    try (XSSFWorkbook workbook =
        table().xlsx(both + "&sort=memberCount,asc&lang=en", "cum-thi-dua")) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Emulation year");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(NEXT_YEARS);
      assertThat(sheet.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2);
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(YEAR);
    }

    table().assertProblem("/api/clusters?sort=leaders,desc", 400, "sort", "sortable-column");
  }

  @Test
  void anUnknownClusterIsAProblem404() {
    Response response = api().get("/api/clusters/CUM-NONE-" + RUN);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api().firstError(response).path("rule").asText())
        .isEqualTo("cluster-must-be-formed");
  }

  @Test
  void aYearThatIsNotAYearIsAProblem400NamingTheFilter() {
    Response response = api().get("/api/clusters?year=abc");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api().firstError(response).path("field").asText()).isEqualTo("year");
  }

  private TableHttp table() {
    return new TableHttp(port, json);
  }

  private ReadApi api() {
    return new ReadApi(port, json);
  }
}
