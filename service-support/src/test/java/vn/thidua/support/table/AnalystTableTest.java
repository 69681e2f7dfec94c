package vn.thidua.support.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.support.web.ProblemDetailsAdvice;

/** A table of courts answered through Spring MVC and the problem advice, as a service would. */
class AnalystTableTest {
  enum Level {
    PROVINCIAL,
    DISTRICT
  }

  record Court(
      String unitId,
      String name,
      Level level,
      int judges,
      BigDecimal rate,
      LocalDate since,
      Instant registeredAt,
      String reason) {}

  static final AnalystTable<Court> COURTS =
      AnalystTable.<Court>named("toa-an", "Tòa án", "Courts")
          .text("unitId", "Mã đơn vị", "Unit id", Court::unitId)
          .sortable()
          .filterable()
          .text("name", "Tên đơn vị", "Name", Court::name)
          .sortable()
          .searchable()
          .text("level", "Cấp", "Level", Court::level)
          .sortable()
          .oneOf(Level.values())
          .number("judges", "Số thẩm phán", "Judges", Court::judges)
          .sortable()
          .filterable()
          .number("rate", "Tỷ lệ giải quyết (%)", "Resolution rate (%)", Court::rate)
          .date("since", "Từ ngày", "Since", Court::since)
          .sortable()
          .filterable()
          .dateTime("registeredAt", "Thời điểm đăng ký", "Registered at", Court::registeredAt)
          .text("reason", "Lý do", "Reason", Court::reason)
          .sourceFilter("region")
          .build();

  static final List<Court> ROWS =
      List.of(
          new Court(
              "QN",
              "TAND tỉnh Quảng Ninh",
              Level.PROVINCIAL,
              40,
              new BigDecimal("94.7"),
              LocalDate.parse("2022-10-01"),
              Instant.parse("2023-01-02T01:30:00Z"),
              "Đăng ký, theo \"kế hoạch\""),
          new Court(
              "HL",
              "TAND thành phố Hạ Long",
              Level.DISTRICT,
              15,
              new BigDecimal("66.7"),
              LocalDate.parse("2023-01-01"),
              Instant.parse("2023-01-03T01:30:00Z"),
              "=SUM(A1)"),
          new Court(
              "CP",
              "TAND thành phố Cẩm Phả",
              Level.DISTRICT,
              9,
              null,
              LocalDate.parse("2023-01-01"),
              null,
              null),
          new Court(
              "DT",
              "TAND huyện Đầm Hà",
              Level.DISTRICT,
              5,
              new BigDecimal("50.0"),
              null,
              null,
              null));

  @RestController
  static class Courts {
    @GetMapping("/courts")
    ResponseEntity<Object> courts(HttpServletRequest http) {
      return COURTS.answer(http, ROWS);
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new Courts())
          .setControllerAdvice(new ProblemDetailsAdvice())
          .setMessageConverters(
              new TableExportConverter(), new MappingJackson2HttpMessageConverter())
          .build();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void answersAPageWithWhereItIs() throws Exception {
    JsonNode page = json("/courts?size=3&page=1");

    assertThat(page.path("page").asInt()).isEqualTo(1);
    assertThat(page.path("size").asInt()).isEqualTo(3);
    assertThat(page.path("totalItems").asLong()).isEqualTo(4);
    assertThat(page.path("totalPages").asInt()).isEqualTo(2);
    assertThat(page.path("items")).hasSize(1);
    assertThat(page.path("items").path(0).path("unitId").asText()).isEqualTo("DT");
  }

  @Test
  void withoutParametersAnswersTheFirstFiftyRowsInTheSourceOrder() throws Exception {
    JsonNode page = json("/courts");

    assertThat(page.path("size").asInt()).isEqualTo(50);
    assertThat(unitIds(page)).containsExactly("QN", "HL", "CP", "DT");
  }

  @Test
  void sortsTextInVietnameseOrderAndNumbersByValue() throws Exception {
    // Vietnamese puts Đ after D and before E; Cẩm Phả before Hạ Long
    assertThat(unitIds(json("/courts?sort=name,asc")))
        .containsExactly("DT", "CP", "HL", "QN")
        .as("TAND huyện... before TAND thành phố... before TAND tỉnh...");
    assertThat(unitIds(json("/courts?sort=judges,desc"))).containsExactly("QN", "HL", "CP", "DT");
    assertThat(unitIds(json("/courts?sort=level&sort=judges,asc")))
        .containsExactly("DT", "CP", "HL", "QN");
    assertThat(unitIds(json("/courts?sort=since,desc")))
        .as("no date sorts last whatever the direction")
        .containsExactly("HL", "CP", "QN", "DT");
  }

  @Test
  void filtersByColumnsNamedInTheQuery() throws Exception {
    assertThat(unitIds(json("/courts?level=district&judges=9"))).containsExactly("CP");
    assertThat(unitIds(json("/courts?name=thành phố"))).containsExactly("HL", "CP");
    assertThat(unitIds(json("/courts?since=2023-01-01&sort=unitId"))).containsExactly("CP", "HL");
    assertThat(unitIds(json("/courts?unitId=qn&region=north"))).containsExactly("QN");
  }

  @Test
  void aPagePastTheLastIsRefused() throws Exception {
    assertProblem(get("/courts?size=2&page=2"), 400, "page", "page-out-of-range");
    assertProblem(get("/courts?page=-1"), 400, "page", "page-out-of-range");
    assertProblem(get("/courts?page=one"), 400, "page", "type");
    assertThat(json("/courts?judges=1000").path("items")).isEmpty();
  }

  @Test
  void aPageSizeOutsideOneToFiveHundredIsRefused() throws Exception {
    assertProblem(get("/courts?size=0"), 400, "size", "size-out-of-range");
    assertProblem(get("/courts?size=501"), 400, "size", "size-out-of-range");
    assertThat(json("/courts?size=500").path("size").asInt()).isEqualTo(500);
  }

  @Test
  void sortingByAnUnknownOrUnsortableColumnIsRefused() throws Exception {
    assertProblem(get("/courts?sort=population,asc"), 400, "sort", "sortable-column");
    assertProblem(get("/courts?sort=reason"), 400, "sort", "sortable-column");
    assertProblem(get("/courts?sort=name,up"), 400, "sort", "sort-direction");
  }

  @Test
  void aBadFilterIsRefusedNamingTheParameter() throws Exception {
    assertProblem(get("/courts?level=SUPREME"), 400, "level", "one-of");
    assertProblem(get("/courts?judges=many"), 400, "judges", "number");
    assertProblem(get("/courts?since=30/09/2023"), 400, "since", "iso-date");
    assertProblem(get("/courts?reason=x"), 400, "reason", "filterable-column");
  }

  @Test
  void anUnsupportedFormatIsRefused() throws Exception {
    assertProblem(get("/courts?format=pdf"), 400, "format", "format-unsupported");
    assertProblem(
        get("/courts").header("Accept", "application/pdf"), 406, "format", "format-unsupported");
  }

  @Test
  void aRefusalIsWordedInVietnameseForAVietnameseCaller() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/courts?size=0").header("Accept-Language", "vi-VN,vi;q=0.9"))
            .andReturn()
            .getResponse();

    assertThat(
            json.readTree(response.getContentAsString(StandardCharsets.UTF_8))
                .path("detail")
                .asText())
        .isEqualTo("Số dòng mỗi trang phải từ 1 đến 500.");
  }

  @Test
  void exportsTheWholeFilteredTableAsCsvWithVietnameseHeaders() throws Exception {
    MockHttpServletResponse response = export(get("/courts?format=csv&size=1&level=DISTRICT"));

    assertThat(response.getContentType()).startsWith("text/csv");
    assertThat(response.getHeader("Content-Disposition"))
        .contains("attachment")
        .contains("toa-an.csv");
    byte[] body = response.getContentAsByteArray();
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    String csv = new String(body, StandardCharsets.UTF_8).substring(1);
    assertThat(csv.split("\r\n"))
        .containsExactly(
            "Mã đơn vị,Tên đơn vị,Cấp,Số thẩm phán,Tỷ lệ giải quyết (%),Từ ngày,Thời điểm đăng ký,Lý do",
            "HL,TAND thành phố Hạ Long,DISTRICT,15,66.7,2023-01-01,2023-01-03T08:30:00+07:00,'=SUM(A1)",
            "CP,TAND thành phố Cẩm Phả,DISTRICT,9,,2023-01-01,,",
            "DT,TAND huyện Đầm Hà,DISTRICT,5,50.0,,,");
  }

  @Test
  void exportsEnglishHeadersWhenAskedAndQuotesWhatNeedsIt() throws Exception {
    String byParameter =
        new String(
            export(get("/courts?format=csv&lang=en&unitId=QN")).getContentAsByteArray(),
            StandardCharsets.UTF_8);
    String byHeaders =
        new String(
            export(
                    get("/courts?unitId=QN")
                        .header("Accept", "text/csv")
                        .header("Accept-Language", "en-GB,en;q=0.9,vi;q=0.5"))
                .getContentAsByteArray(),
            StandardCharsets.UTF_8);

    assertThat(byParameter).isEqualTo(byHeaders);
    assertThat(byParameter)
        .contains("Unit id,Name,Level,Judges,Resolution rate (%),Since,Registered at,Reason\r\n")
        .contains(",\"Đăng ký, theo \"\"kế hoạch\"\"\"\r\n");
  }

  @Test
  void exportsXlsxWithABoldFrozenHeaderNumbersAndDates() throws Exception {
    MockHttpServletResponse response =
        export(
            get("/courts?sort=judges,desc")
                .header(
                    "Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    assertThat(response.getHeader("Content-Disposition")).contains("toa-an.xlsx");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Tòa án");
      XSSFRow header = sheet.getRow(0);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Tên đơn vị");
      assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      XSSFRow quangNinh = sheet.getRow(1);
      assertThat(quangNinh.getCell(0).getStringCellValue()).isEqualTo("QN");
      assertThat(quangNinh.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(quangNinh.getCell(3).getNumericCellValue()).isEqualTo(40);
      assertThat(quangNinh.getCell(4).getNumericCellValue()).isEqualTo(94.7);
      assertThat(DateUtil.isCellDateFormatted(quangNinh.getCell(5))).isTrue();
      assertThat(quangNinh.getCell(5).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.parse("2022-10-01"));
      assertThat(quangNinh.getCell(6).getLocalDateTimeCellValue()).isEqualTo("2023-01-02T08:30:00");
      assertThat(sheet.getRow(3).getCell(4).getCellType())
          .as("no rate, empty cell")
          .isEqualTo(CellType.BLANK);
    }
  }

  private JsonNode json(String path) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
  }

  private static List<String> unitIds(JsonNode page) {
    return page.path("items").findValuesAsText("unitId");
  }

  private MockHttpServletResponse export(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response;
  }

  private void assertProblem(
      MockHttpServletRequestBuilder request, int status, String field, String rule)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
    assertThat(response.getContentType()).isEqualTo("application/problem+json");
    JsonNode error =
        json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("errors").path(0);
    assertThat(error.path("field").asText()).isEqualTo(field);
    assertThat(error.path("rule").asText()).isEqualTo(rule);
  }
}
