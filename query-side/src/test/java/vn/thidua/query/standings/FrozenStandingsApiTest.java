package vn.thidua.query.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
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
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.query.ApiClient.Response;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;
import vn.thidua.query.ReadApi;
import vn.thidua.query.TableHttp;

/** Phase 1 frozen, phase 2 still running: the frozen one is shown, the other is a 404. */
class FrozenStandingsApiTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String CAMPAIGN = "QN-2023-" + RUN;
  private static final List<FrozenStanding> ROWS =
      List.of(
          new FrozenStanding(
              1,
              "TAND-HALONG",
              3,
              2,
              new BigDecimal("29.6"),
              List.of(
                  new CriterionFigure(
                      Metric.RESOLUTION_RATE,
                      new BigDecimal("66.7"),
                      new BigDecimal("90"),
                      new BigDecimal("0.741"),
                      new BigDecimal("29.6"))),
              List.of()),
          new FrozenStanding(
              2,
              "TAND-CAMPHA",
              2,
              1,
              new BigDecimal("22.2"),
              List.of(
                  new CriterionFigure(
                      Metric.RESOLUTION_RATE,
                      new BigDecimal("50.0"),
                      new BigDecimal("90"),
                      new BigDecimal("0.556"),
                      new BigDecimal("22.2"))),
              List.of("ANNULLED_AMENDED_RATE <= 1.5")));
  private static boolean eventsAppended;

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired ObjectMapper json;

  @BeforeEach
  void appendTheCampaignOnce() {
    if (eventsAppended) {
      return;
    }
    EventStoreWriter events = new EventStoreWriter(storage);
    events.append(
        "Campaign", CAMPAIGN, campaign(), actedBy("totochuc.qn", "TAND-QN", "launch-" + RUN));
    events.append(
        "Campaign",
        CAMPAIGN,
        new PhaseStandingsFrozen(CAMPAIGN, "DOT-1", LocalDate.parse("2023-03-31"), ROWS),
        actedBy("system", "TAND-QN", "freeze-" + RUN));
    eventsAppended = true;
  }

  @Test
  void theFrozenStandingsOfAPhaseShowEveryRowWithItsFigures() {
    FrozenStandingsView standings =
        api()
            .awaitRead(
                "/api/campaigns/" + CAMPAIGN + "/standings/DOT-1",
                FrozenStandingsView.class,
                view -> true);

    assertThat(standings.phaseName()).isEqualTo("Đợt 1");
    assertThat(standings.endedOn()).isEqualTo("2023-03-31");
    assertThat(standings.rows()).isEqualTo(ROWS);
    assertThat(
            api()
                .awaitRead(
                    "/api/campaigns/" + CAMPAIGN + "/standings",
                    new TypeReference<List<PhaseFreeze>>() {},
                    phases -> true))
        .extracting(PhaseFreeze::phaseId, PhaseFreeze::frozen)
        .containsExactly(tuple("DOT-1", true), tuple("DOT-2", false));
  }

  @Test
  void theRowsOfFrozenStandingsAreAnAnalystTableSortedPagedAndExported() throws IOException {
    String rows = "/api/campaigns/" + CAMPAIGN + "/standings/DOT-1/rows";
    api().awaitFound(rows);
    JsonNode first = table().page(rows + "?sort=rank,desc&size=1");
    JsonNode second = table().page(rows + "?sort=rank,desc&size=1&page=1");

    assertThat(first.path("totalItems").asLong()).isEqualTo(2);
    assertThat(first.path("totalPages").asInt()).isEqualTo(2);
    assertThat(first.path("items").findValuesAsText("unitId")).containsExactly("TAND-CAMPHA");
    assertThat(first.path("items").path(0).path("figures")).hasSize(1);
    assertThat(second.path("items").findValuesAsText("unitId")).containsExactly("TAND-HALONG");
    assertThat(
            table()
                .page(rows + "?failedGates=ANNULLED_AMENDED_RATE <= 1.5")
                .path("totalItems")
                .asLong())
        .isEqualTo(1);

    assertThat(table().csv(rows + "?sort=score,asc&format=csv", "bang-xep-hang-chot"))
        .containsExactly(
            "Hạng,Mã đơn vị,Điểm,Điểm tiêu chí,Điểm thưởng,Điểm trừ,Số vụ việc thụ lý,"
                + "Số vụ việc giải quyết,Tỷ lệ giải quyết (%),Điều kiện không đạt,"
                + "Điều kiện chưa kiểm tra",
            "2,TAND-CAMPHA,22.2,22.2,0,0,2,1,,ANNULLED_AMENDED_RATE <= 1.5,",
            "1,TAND-HALONG,29.6,29.6,0,0,3,2,,,");

    try (XSSFWorkbook workbook = table().xlsx(rows + "?lang=en", "bang-xep-hang-chot")) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Score");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(29.6);
    }

    table().assertProblem(rows + "?sort=figures,asc", 400, "sort", "sortable-column");
    table()
        .assertProblem(
            "/api/campaigns/" + CAMPAIGN + "/standings/DOT-2/rows",
            404,
            "phaseId",
            "standings-must-be-frozen");
  }

  @Test
  void aPhaseNotFrozenYetIsAProblem404() {
    api().awaitFound("/api/campaigns/" + CAMPAIGN + "/standings/DOT-1");

    Response response = api().get("/api/campaigns/" + CAMPAIGN + "/standings/DOT-2");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api().firstError(response).path("rule").asText())
        .isEqualTo("standings-must-be-frozen");
  }

  @Test
  void anUnknownPhaseOrCampaignIsAProblem404() {
    api().awaitFound("/api/campaigns/" + CAMPAIGN + "/standings/DOT-1");

    Response phase = api().get("/api/campaigns/" + CAMPAIGN + "/standings/DOT-9");
    Response campaign = api().get("/api/campaigns/NONE-" + RUN + "/standings/DOT-1");

    assertThat(phase.status()).isEqualTo(404);
    assertThat(api().firstError(phase).path("rule").asText())
        .isEqualTo("phase-must-belong-to-campaign");
    assertThat(campaign.status()).isEqualTo(404);
    assertThat(api().firstError(campaign).path("rule").asText()).isEqualTo("campaign-must-exist");
  }

  private static CampaignLaunched campaign() {
    return new CampaignLaunched(
        CAMPAIGN,
        "TAND-QN",
        "Phong trào thi đua năm 2023",
        "Vì công lý",
        LocalDate.parse("2022-10-01"),
        LocalDate.parse("2023-09-30"),
        List.of("TAND-HALONG", "TAND-CAMPHA"),
        List.of(
            new Phase(
                "DOT-1",
                "Đợt 1",
                "Đoàn kết",
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-03-31")),
            new Phase(
                "DOT-2",
                "Đợt 2",
                "Tăng tốc",
                LocalDate.parse("2023-04-01"),
                LocalDate.parse("2023-09-30"))),
        List.of(
            new Criterion(
                Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, new BigDecimal("90"))),
        "Kế hoạch thi đua");
  }

  private TableHttp table() {
    return new TableHttp(port, json);
  }

  private ReadApi api() {
    return new ReadApi(port, json);
  }
}
