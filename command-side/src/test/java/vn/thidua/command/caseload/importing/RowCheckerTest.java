package vn.thidua.command.caseload.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.events.caseload.AcceptCase;
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.PublishJudgment;
import vn.thidua.events.caseload.RecordAppealOutcome;
import vn.thidua.events.caseload.RecordJudgmentEffective;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.VerdictOutcome;

/** Reading and checking rows, without a server: CSV, NDJSON and every kind of bad row. */
class RowCheckerTest {
  private static final String HEADER =
      "kind,caseId,unitId,caseType,acceptedOn,carriedOver,resolvedOn,outcome,onlineTrial,modelTrial,presidingJudgeId,note\n";
  private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
  private final RowKinds kinds =
      new RowKinds(
          List.of(
              new AcceptRowKind(),
              new VerdictRowKind(),
              new AppealRowKind(),
              new EffectiveRowKind(),
              new PublicationRowKind()));
  private final RowChecker checker =
      new RowChecker(kinds, json, Validation.buildDefaultValidatorFactory().getValidator());

  @Test
  void readsCsvWithVietnameseTextIntoCommands() throws IOException {
    List<RowChecker.Outcome> rows =
        csv(
            HEADER
                + "ACCEPT,QN-2023-001,TAND-QN,CIVIL,2023-01-05,true,,,,,,\"Tranh chấp đất đai, Hạ Long\"\n"
                + "VERDICT,QN-2023-001,,,,,2023-02-01,MEDIATION_SUCCESS,có,không,TP-Nguyễn,Hòa giải thành\n");

    assertThat(rows).extracting(RowChecker.Outcome::rejected).containsOnlyNulls();
    assertThat(command(rows.get(0)))
        .isEqualTo(
            new AcceptCase(
                "QN-2023-001", "TAND-QN", CaseType.CIVIL, LocalDate.parse("2023-01-05"), true));
    assertThat(command(rows.get(1)))
        .isEqualTo(
            new RecordVerdict(
                "QN-2023-001",
                LocalDate.parse("2023-02-01"),
                VerdictOutcome.MEDIATION_SUCCESS,
                true,
                false,
                "TP-Nguyễn"));
    assertThat(rows).extracting(row -> row.checked().line()).containsExactly(2L, 3L);
  }

  @Test
  void readsVietnameseColumnNamesAndKinds() throws IOException {
    List<RowChecker.Outcome> rows =
        csv(
            "\uFEFFLoại,Mã vụ án,Mã đơn vị,Loại án,Ngày thụ lý,Cũ chuyển sang\n"
                + "THU_LY,HS-01,TAND-HL,CRIMINAL,2022-12-30,không\n");

    assertThat(command(rows.get(0)))
        .isEqualTo(
            new AcceptCase(
                "HS-01", "TAND-HL", CaseType.CRIMINAL, LocalDate.parse("2022-12-30"), false));
  }

  @Test
  void readsNdjsonLineByLine() throws IOException {
    List<RowChecker.Outcome> rows =
        ndjson(
            """
            {"kind":"ACCEPT","caseId":"HN-1","unitId":"TAND-QN","caseType":"LABOUR","acceptedOn":"2023-03-01","ghi chú":"Tranh chấp lao động"}

            {"kind":"VERDICT","caseId":"HN-1","resolvedOn":"2023-04-01","outcome":"TRIED","onlineTrial":true,"modelTrial":null}
            {"kind":"VERDICT","caseId":
            ["not", "an", "object"]
            """);

    assertThat(command(rows.get(0)))
        .isEqualTo(
            new AcceptCase(
                "HN-1", "TAND-QN", CaseType.LABOUR, LocalDate.parse("2023-03-01"), false));
    assertThat(command(rows.get(1)))
        .isEqualTo(
            new RecordVerdict(
                "HN-1", LocalDate.parse("2023-04-01"), VerdictOutcome.TRIED, true, false, null));
    assertThat(rows.get(1).checked().line()).isEqualTo(3);
    assertThat(rows.get(2).rejected())
        .extracting(RejectedRow::line, RejectedRow::rule)
        .containsExactly(4L, "well-formed-json");
    assertThat(rows.get(3).rejected())
        .extracting(RejectedRow::line, RejectedRow::rule)
        .containsExactly(5L, "json-object");
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of("no kind", ",C1,U1,CIVIL,2023-01-01", "kind", "not-blank"),
        Arguments.of("unknown kind", "HOLD,C1,U1,CIVIL,2023-01-01", "kind", "one-of"),
        Arguments.of("no case id", "ACCEPT,,U1,CIVIL,2023-01-01", "caseId", "not-blank"),
        Arguments.of("case id with a slash", "ACCEPT,C/1,U1,CIVIL,2023-01-01", "caseId", "pattern"),
        Arguments.of("no unit", "ACCEPT,C1,,CIVIL,2023-01-01", "unitId", "not-blank"),
        Arguments.of(
            "unit id with spaces", "ACCEPT,C1,TAND QN,CIVIL,2023-01-01", "unitId", "pattern"),
        Arguments.of("unknown case type", "ACCEPT,C1,U1,DÂN SỰ,2023-01-01", "caseType", "one-of"),
        Arguments.of("no case type", "ACCEPT,C1,U1,,2023-01-01", "caseType", "not-null"),
        Arguments.of("date not ISO", "ACCEPT,C1,U1,CIVIL,05/01/2023", "acceptedOn", "iso-date"),
        Arguments.of("no acceptance date", "ACCEPT,C1,U1,CIVIL,", "acceptedOn", "not-null"),
        Arguments.of(
            "carried over neither yes nor no",
            "ACCEPT,C1,U1,CIVIL,2023-01-01,maybe",
            "carriedOver",
            "yes-or-no"),
        Arguments.of("verdict without date", "VERDICT,C1,,,,,,TRIED", "resolvedOn", "not-null"),
        Arguments.of(
            "verdict without outcome", "VERDICT,C1,,,,,2023-02-01,", "outcome", "not-null"),
        Arguments.of("unknown outcome", "VERDICT,C1,,,,,2023-02-01,WON", "outcome", "one-of"),
        Arguments.of(
            "online trial neither yes nor no",
            "VERDICT,C1,,,,,2023-02-01,TRIED,often",
            "onlineTrial",
            "yes-or-no"),
        Arguments.of(
            "judge id too long",
            "VERDICT,C1,,,,,2023-02-01,TRIED,,," + "J".repeat(65),
            "presidingJudgeId",
            "size"),
        Arguments.of(
            "too many values", "ACCEPT,C1,U1,CIVIL,2023-01-01,,,,,,,,extra", null, "column-count"),
        Arguments.of("broken quotes", "ACCEPT,\"C1\"x,U1,CIVIL,2023-01-01", null, "csv-syntax"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRows")
  void rejectsBadRowsNamingTheFieldAndTheRule(String why, String line, String field, String rule)
      throws IOException {
    List<RowChecker.Outcome> rows = csv(HEADER + line + "\nACCEPT,C2,U1,CIVIL,2023-01-01\n");

    assertThat(rows.get(0).rejected()).isNotNull();
    assertThat(rows.get(0).rejected().line()).isEqualTo(2);
    assertThat(rows.get(0).rejected().field()).isEqualTo(field);
    assertThat(rows.get(0).rejected().rule()).isEqualTo(rule);
    assertThat(rows.get(0).rejected().message()).isNotBlank();
    assertThat(rows.get(1).rejected()).as("the next row still counts").isNull();
  }

  private static final String LATER_HEADER =
      "kind,caseId,decidedOn,result,scope,cause,reason,effectiveOn,publishedOn,portalUrl\n";

  @Test
  void readsAppealEffectAndPublicationRows() throws IOException {
    List<RowChecker.Outcome> rows =
        csv(
            LATER_HEADER
                + "APPEAL,C1,2023-05-02,AMENDED,PARTIAL,SUBJECTIVE,\"Sai sót khi đánh giá chứng cứ\",,,\n"
                + "APPEAL,C2,2023-05-03,UPHELD,,,,,,\n"
                + "EFFECTIVE,C2,,,,,,2023-05-03,,\n"
                + "PUBLICATION,C2,,,,,,,2023-05-20,https://congbobanan.toaan.gov.vn/2ta1\n"
                + "PUBLICATION,C3,,,,,,,2023-05-21,\n");

    assertThat(rows).extracting(RowChecker.Outcome::rejected).containsOnlyNulls();
    assertThat(command(rows.get(0)))
        .isEqualTo(
            new RecordAppealOutcome(
                "C1",
                LocalDate.parse("2023-05-02"),
                AppealResult.AMENDED,
                AppealScope.PARTIAL,
                AppealCause.SUBJECTIVE,
                "Sai sót khi đánh giá chứng cứ"));
    assertThat(command(rows.get(1)))
        .isEqualTo(
            new RecordAppealOutcome(
                "C2", LocalDate.parse("2023-05-03"), AppealResult.UPHELD, null, null, null));
    assertThat(command(rows.get(2)))
        .isEqualTo(new RecordJudgmentEffective("C2", LocalDate.parse("2023-05-03")));
    assertThat(command(rows.get(3)))
        .isEqualTo(
            new PublishJudgment(
                "C2", LocalDate.parse("2023-05-20"), "https://congbobanan.toaan.gov.vn/2ta1"));
    assertThat(command(rows.get(4)))
        .isEqualTo(new PublishJudgment("C3", LocalDate.parse("2023-05-21"), null));
  }

  @Test
  void readsVietnameseKindsAndColumnsOfTheLaterFacts() throws IOException {
    List<RowChecker.Outcome> rows =
        csv(
            "Loại,Mã vụ án,Ngày phúc thẩm,Kết quả phúc thẩm,Phạm vi,Nguyên nhân,Lý do,"
                + "Ngày có hiệu lực,Ngày công bố,Đường dẫn công bố\n"
                + "phuc_tham,C1,2023-05-02,ANNULLED,WHOLE,OBJECTIVE,Có chứng cứ mới,,,\n"
                + "HIEU_LUC,C1,,,,,,2023-06-01,,\n"
                + "Cong_Bo,C1,,,,,,,2023-06-10,https://congbobanan.toaan.gov.vn/x\n");

    assertThat(command(rows.get(0)))
        .isEqualTo(
            new RecordAppealOutcome(
                "C1",
                LocalDate.parse("2023-05-02"),
                AppealResult.ANNULLED,
                AppealScope.WHOLE,
                AppealCause.OBJECTIVE,
                "Có chứng cứ mới"));
    assertThat(command(rows.get(1)))
        .isEqualTo(new RecordJudgmentEffective("C1", LocalDate.parse("2023-06-01")));
    assertThat(command(rows.get(2)))
        .isEqualTo(
            new PublishJudgment(
                "C1", LocalDate.parse("2023-06-10"), "https://congbobanan.toaan.gov.vn/x"));
  }

  static Stream<Arguments> badLaterRows() {
    return Stream.of(
        Arguments.of("appeal without date", "APPEAL,C1,,UPHELD", "decidedOn", "not-null"),
        Arguments.of("appeal date not ISO", "APPEAL,C1,2/5/2023,UPHELD", "decidedOn", "iso-date"),
        Arguments.of("appeal without result", "APPEAL,C1,2023-05-02,", "result", "not-null"),
        Arguments.of("unknown appeal result", "APPEAL,C1,2023-05-02,SỬA", "result", "one-of"),
        Arguments.of(
            "unknown scope", "APPEAL,C1,2023-05-02,AMENDED,HALF,SUBJECTIVE", "scope", "one-of"),
        Arguments.of("unknown cause", "APPEAL,C1,2023-05-02,AMENDED,WHOLE,FATE", "cause", "one-of"),
        Arguments.of(
            "reason too long",
            "APPEAL,C1,2023-05-02,AMENDED,WHOLE,SUBJECTIVE," + "x".repeat(2001),
            "reason",
            "size"),
        Arguments.of(
            "appeal with a bad case id", "APPEAL,C/1,2023-05-02,UPHELD", "caseId", "pattern"),
        Arguments.of("effect without date", "EFFECTIVE,C1,,,,,,", "effectiveOn", "not-null"),
        Arguments.of(
            "effect date not ISO", "EFFECTIVE,C1,,,,,,01.06.2023", "effectiveOn", "iso-date"),
        Arguments.of("effect without case", "HIEU_LUC,,,,,,,2023-06-01", "caseId", "not-blank"),
        Arguments.of(
            "publication without date", "PUBLICATION,C1,,,,,,,", "publishedOn", "not-null"),
        Arguments.of(
            "portal URL not a web address",
            "CONG_BO,C1,,,,,,,2023-06-10,congbobanan/x",
            "portalUrl",
            "pattern"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLaterRows")
  void rejectsBadAppealEffectAndPublicationRows(String why, String line, String field, String rule)
      throws IOException {
    List<RowChecker.Outcome> rows = csv(LATER_HEADER + line + "\nEFFECTIVE,C2,,,,,,2023-06-01\n");

    assertThat(rows.get(0).rejected()).isNotNull();
    assertThat(rows.get(0).rejected().field()).isEqualTo(field);
    assertThat(rows.get(0).rejected().rule()).isEqualTo(rule);
    assertThat(rows.get(0).rejected().message()).isNotBlank();
    assertThat(rows.get(1).rejected()).as("the next row still counts").isNull();
  }

  @Test
  void reportsAnUnterminatedQuoteAndKeepsTheRowsBeforeIt() throws IOException {
    List<RowChecker.Outcome> rows =
        csv(HEADER + "ACCEPT,C0,U1,CIVIL,2023-01-01\nACCEPT,\"C1,U1,CIVIL,2023-01-01\n");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).rejected()).isNull();
    assertThat(rows.get(1).rejected().line()).isEqualTo(3);
    assertThat(rows.get(1).rejected().rule()).isEqualTo("csv-syntax");
  }

  @Test
  void refusesAFileWithoutKindColumn() {
    assertThatThrownBy(() -> csv("caseId,unitId\nC1,U1\n"))
        .isInstanceOf(ImportUnreadable.class)
        .extracting("rule")
        .isEqualTo("kind-column-required");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> csv("\n\n"))
        .isInstanceOf(ImportUnreadable.class)
        .extracting("rule")
        .isEqualTo("header-row-required");
  }

  private List<RowChecker.Outcome> csv(String text) throws IOException {
    return all(new CsvRowSource(new StringReader(text), kinds));
  }

  private List<RowChecker.Outcome> ndjson(String text) throws IOException {
    return all(new NdjsonRowSource(new StringReader(text), json, kinds));
  }

  private List<RowChecker.Outcome> all(RowSource source) throws IOException {
    List<RowChecker.Outcome> rows = new ArrayList<>();
    for (RawRow raw = source.next(); raw != null; raw = source.next()) {
      rows.add(checker.check(raw));
    }
    return rows;
  }

  private static Object command(RowChecker.Outcome outcome) {
    assertThat(outcome.rejected()).isNull();
    return outcome.checked().kind().command(outcome.checked().row());
  }
}
