package vn.thidua.query.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.Gate;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationFacts;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.RevocationGround;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;
import vn.thidua.events.recognition.VoteCast;
import vn.thidua.events.recognition.VoteThreshold;
import vn.thidua.events.recognition.VoterKind;
import vn.thidua.query.ApiClient;
import vn.thidua.query.ApiClient.Response;
import vn.thidua.query.EventStoreWriter;
import vn.thidua.query.QuerySideIntegrationTest;
import vn.thidua.query.ReadApi;
import vn.thidua.query.TableHttp;
import vn.thidua.support.table.TablePage;

/**
 * The recognition workflow over HTTP: a flag nomination voted on by the cluster (ballot still open,
 * then closed), decided and revoked, next to an ineligible nomination and a ballot left open.
 */
class RecognitionApiTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String UNIT = "TAND-QN-" + RUN;
  private static final String FLAG = "DN-FLAG-" + RUN;
  private static final String INELIGIBLE = "DN-TTXS-" + RUN;
  private static final String CLOSED_BALLOT = "PB-CLOSED-" + RUN;
  private static final String OPEN_BALLOT = "PB-OPEN-" + RUN;
  private static final String DECISION = "125-QD-" + RUN;
  private static final StandingsBasis BASIS = new StandingsBasis("QN-2024", "DOT-2");
  private static final Nominee NOMINEE = new Nominee(UNIT, null, "TAND tỉnh Quảng Ninh");
  private static final VoteThreshold TWO_THIRDS = new VoteThreshold(2, 3);
  private static final GateResult HELD =
      new GateResult(
          Gate.ANNULLED_RATE, true, new BigDecimal("0.58"), new BigDecimal("1.5"), "0.58 ≤ 1.5");
  private static final GateResult FAILED =
      new GateResult(
          Gate.ANNULLED_RATE, false, new BigDecimal("2.1"), new BigDecimal("1.5"), "2.1 > 1.5");
  private static boolean eventsAppended;

  @LocalServerPort int port;
  @Autowired EventStorageEngine storage;
  @Autowired ObjectMapper json;

  @BeforeEach
  void appendTheWorkflowOnce() {
    if (eventsAppended) {
      return;
    }
    EventStoreWriter events = new EventStoreWriter(storage);
    MetaData officer = actedBy("thidua.qn", "TAND-QN", "nominate-" + RUN);
    nominate(events, FLAG, Title.COURT_EMULATION_FLAG, HELD, officer);
    nominate(events, INELIGIBLE, Title.EXCELLENT_COLLECTIVE, FAILED, officer);
    events.append("Ballot", CLOSED_BALLOT, opened(CLOSED_BALLOT, FLAG), officer);
    events.append(
        "Ballot", CLOSED_BALLOT, new VoteCast(CLOSED_BALLOT, "TAND-HP", 1), voter("TAND-HP"));
    events.append(
        "Ballot", CLOSED_BALLOT, new VoteCast(CLOSED_BALLOT, "TAND-HD", 2), voter("TAND-HD"));
    events.append(
        "Ballot",
        CLOSED_BALLOT,
        new BallotClosed(
            CLOSED_BALLOT,
            LocalDate.parse("2024-11-01"),
            3,
            2,
            List.of(new BallotResult(FLAG, 2, 0, 0, 3, TWO_THIRDS, true)),
            true),
        officer);
    events.append(
        "Nomination",
        FLAG,
        new AwardDecided(
            FLAG,
            DECISION,
            Title.COURT_EMULATION_FLAG,
            2024,
            NOMINEE,
            LocalDate.parse("2024-11-20"),
            "Nguyễn Văn Bình",
            "TANDTC",
            false,
            CLOSED_BALLOT,
            BASIS,
            List.of(HELD)),
        actedBy("chanhan.tc", "TANDTC", "decide-" + RUN));
    events.append(
        "Nomination",
        FLAG,
        new AwardRevoked(
            FLAG,
            DECISION,
            Title.COURT_EMULATION_FLAG,
            2024,
            NOMINEE,
            RevocationGround.VIOLATION_FOUND_LATER,
            "Phát hiện vi phạm sau khi khen thưởng",
            LocalDate.parse("2025-01-10")),
        actedBy("chanhan.tc", "TANDTC", "revoke-" + RUN));
    events.append("Ballot", OPEN_BALLOT, opened(OPEN_BALLOT, "DN-OTHER-" + RUN), officer);
    events.append("Ballot", OPEN_BALLOT, new VoteCast(OPEN_BALLOT, "TAND-HP", 1), voter("TAND-HP"));
    eventsAppended = true;
  }

  @Test
  void nominationsOfAUnitShowEligibilityGatesAndReasons() {
    List<NominationView> nominations =
        api()
            .awaitRead(
                "/api/recognition/nominations?year=2024&unitId=" + UNIT,
                new TypeReference<TablePage<NominationView>>() {},
                page ->
                    page.totalItems() == 2
                        && page.items().stream().allMatch(n -> n.eligible() != null))
            .items();

    assertThat(nominations)
        .extracting(NominationView::nominationId)
        .containsExactly(FLAG, INELIGIBLE);
    NominationView ineligible =
        api()
            .awaitRead(
                "/api/recognition/nominations/" + INELIGIBLE, NominationView.class, view -> true);
    assertThat(ineligible.status()).isEqualTo(NominationStatus.INELIGIBLE);
    assertThat(ineligible.gates()).containsExactly(FAILED);
    assertThat(ineligible.failedGateReasons()).containsExactly("2.1 > 1.5");
    assertThat(
            api()
                .awaitRead(
                    "/api/recognition/nominations?title=EXCELLENT_COLLECTIVE&unitId=" + UNIT,
                    new TypeReference<TablePage<NominationView>>() {},
                    page -> !page.items().isEmpty())
                .items())
        .extracting(NominationView::nominationId)
        .containsExactly(INELIGIBLE);
  }

  @Test
  void anOpenBallotShowsOnlyHowManyHaveVoted() throws Exception {
    api()
        .awaitRead(
            "/api/recognition/ballots/" + OPEN_BALLOT, BallotView.class, b -> b.votesCast() == 1);

    JsonNode ballot = json.readTree(api().get("/api/recognition/ballots/" + OPEN_BALLOT).body());

    assertThat(ballot.path("status").asText()).isEqualTo("OPEN");
    assertThat(ballot.path("votesCast").asInt()).isEqualTo(1);
    assertThat(ballot.path("results")).isEmpty();
    assertThat(ballot.path("passed").isNull()).isTrue();
    assertThat(ballot.toString()).doesNotContain("votesFor").doesNotContain("voterId");
  }

  @Test
  void aClosedBallotShowsItsTally() {
    BallotView ballot =
        api()
            .awaitRead(
                "/api/recognition/ballots?status=CLOSED&nominationId=" + FLAG,
                new TypeReference<TablePage<BallotView>>() {},
                page -> page.totalItems() == 1)
            .items()
            .get(0);

    assertThat(ballot.ballotId()).isEqualTo(CLOSED_BALLOT);
    assertThat(ballot.votesCast()).isEqualTo(2);
    assertThat(ballot.results())
        .containsExactly(new BallotResult(FLAG, 2, 0, 0, 3, TWO_THIRDS, true));
  }

  @Test
  void aRevokedAwardShowsItsDecisionAndTheGroundOfItsRevocation() {
    List<AwardView> awards =
        api()
            .awaitRead(
                "/api/recognition/awards?revoked=true&unitId=" + UNIT,
                new TypeReference<TablePage<AwardView>>() {},
                page -> page.totalItems() == 1)
            .items();

    AwardView award = awards.get(0);
    assertThat(award.decisionNumber()).isEqualTo(DECISION);
    assertThat(award.signer()).isEqualTo("Nguyễn Văn Bình");
    assertThat(award.deciderUnitId()).isEqualTo("TANDTC");
    assertThat(award.decidedOn()).isEqualTo("2024-11-20");
    assertThat(award.revocation())
        .isEqualTo(
            new Revocation(
                RevocationGround.VIOLATION_FOUND_LATER,
                "Phát hiện vi phạm sau khi khen thưởng",
                LocalDate.parse("2025-01-10")));
    assertThat(api().awaitRead("/api/recognition/awards/" + DECISION, AwardView.class, a -> true))
        .isEqualTo(award);
    assertThat(
            api()
                .awaitRead(
                    "/api/recognition/nominations/" + FLAG,
                    NominationView.class,
                    view -> view.revoked())
                .status())
        .isEqualTo(NominationStatus.REVOKED);
  }

  @Test
  void nominationsBallotsAndAwardsAreAnalystTablesSortedPagedAndExported() throws IOException {
    api()
        .awaitRead(
            "/api/recognition/nominations/" + FLAG, NominationView.class, view -> view.revoked());
    String ofTheUnit = "/api/recognition/nominations?unitId=" + UNIT;
    JsonNode first = table().page(ofTheUnit + "&sort=nominationId,desc&size=1");
    JsonNode second = table().page(ofTheUnit + "&sort=nominationId,desc&size=1&page=1");

    assertThat(first.path("totalItems").asLong()).isEqualTo(2);
    assertThat(first.path("totalPages").asInt()).isEqualTo(2);
    assertThat(first.path("items").findValuesAsText("nominationId")).containsExactly(INELIGIBLE);
    assertThat(first.path("items").path(0).path("gates")).hasSize(1);
    assertThat(second.path("items").findValuesAsText("nominationId")).containsExactly(FLAG);
    assertThat(
            table()
                .page(ofTheUnit + "&status=revoked")
                .path("items")
                .findValuesAsText("nominationId"))
        .containsExactly(FLAG);

    List<String> nominations =
        table().csv(ofTheUnit + "&sort=nominationId,asc&format=csv", "de-nghi-khen-thuong");
    assertThat(nominations).hasSize(3);
    assertThat(nominations.get(0))
        .isEqualTo(
            "Mã đề nghị,Danh hiệu,Năm thi đua,Đơn vị,Mã cá nhân,Cá nhân/tập thể được đề nghị,"
                + "Trạng thái,Đủ điều kiện,Lý do không đủ điều kiện,Mã phiên bỏ phiếu,"
                + "Bỏ phiếu đạt,Số quyết định,Ngày quyết định,Đã thu hồi,Thời điểm đề nghị");
    assertThat(nominations.get(1))
        .startsWith(
            FLAG + ",COURT_EMULATION_FLAG,2024," + UNIT + ",,TAND tỉnh Quảng Ninh,REVOKED,true,")
        .contains("," + DECISION + ",2024-11-20,true,");
    assertThat(nominations.get(2))
        .startsWith(INELIGIBLE + ",EXCELLENT_COLLECTIVE,2024,")
        .contains(",INELIGIBLE,false,2.1 > 1.5,");

    api()
        .awaitRead(
            "/api/recognition/ballots/" + CLOSED_BALLOT, BallotView.class, b -> b.passed() != null);
    assertThat(
            table()
                .csv("/api/recognition/ballots?format=csv&nominationId=" + FLAG, "phien-bo-phieu"))
        .hasSize(2)
        .first()
        .isEqualTo(
            "Mã phiên bỏ phiếu,Trạng thái,Đề nghị được bỏ phiếu,Danh hiệu,Người bỏ phiếu,"
                + "Số người được bỏ phiếu,Số phiếu đã bỏ,Thời điểm mở,Hạn bỏ phiếu,Ngày kết thúc,"
                + "Kết quả đạt");
    assertThat(
            table()
                .csv("/api/recognition/ballots?format=csv&nominationId=" + FLAG, "phien-bo-phieu")
                .get(1))
        .matches(
            CLOSED_BALLOT
                + ",CLOSED,"
                + FLAG
                + ",COURT_EMULATION_FLAG,CLUSTER_UNITS,3,2,[^,]+,2024-11-01,2024-11-01,true");

    try (XSSFWorkbook workbook =
        table().xlsx("/api/recognition/awards?lang=en&unitId=" + UNIT, "quyet-dinh-khen-thuong")) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Decision number");
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(DECISION);
      assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(2024);
      assertThat(sheet.getRow(1).getCell(7).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.parse("2024-11-20"));
      assertThat(sheet.getRow(1).getCell(13).getStringCellValue())
          .isEqualTo("VIOLATION_FOUND_LATER");
      assertThat(sheet.getRow(1).getCell(15).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.parse("2025-01-10"));
    }

    table()
        .assertProblem("/api/recognition/nominations?sort=gates", 400, "sort", "sortable-column");
    table()
        .assertProblem(
            "/api/recognition/ballots?sort=results,desc", 400, "sort", "sortable-column");
    table().assertProblem("/api/recognition/awards?sort=basis,asc", 400, "sort", "sortable-column");
  }

  @Test
  void unknownIdsAreProblems404() {
    assertNotFound("/api/recognition/nominations/DN-NONE-" + RUN, "nomination-must-exist");
    assertNotFound("/api/recognition/ballots/PB-NONE-" + RUN, "ballot-must-exist");
    assertNotFound("/api/recognition/awards/0-NONE-" + RUN, "award-must-exist");
  }

  @Test
  void badFiltersAreProblems400NamingTheField() {
    assertBadFilter("/api/recognition/nominations?title=FLAG", "title", "one-of");
    assertBadFilter("/api/recognition/nominations?year=abc", "year", "emulation-year");
    assertBadFilter("/api/recognition/ballots?status=VOTING", "status", "one-of");
    assertBadFilter("/api/recognition/awards?revoked=maybe", "revoked", "yes-or-no");
    assertBadFilter("/api/recognition/awards?title=advanced_worker", "title", "one-of");
  }

  @Test
  void aBadFilterIsWordedInVietnameseForThoseWhoAskInVietnamese() throws Exception {
    String body =
        RestClient.create("http://localhost:" + port)
            .get()
            .uri("/api/recognition/awards?year=abc")
            .headers(headers -> headers.setBasicAuth(ReadApi.ANALYST, ApiClient.PASSWORD))
            .header(HttpHeaders.ACCEPT_LANGUAGE, "vi")
            .exchange(
                (request, response) ->
                    StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8));

    JsonNode error = json.readTree(body).path("errors").path(0);
    assertThat(error.path("field").asText()).isEqualTo("year");
    assertThat(error.path("message").asText())
        .isEqualTo("Năm thi đua phải gồm bốn chữ số, ví dụ 2024.");
  }

  private void assertNotFound(String path, String rule) {
    Response response = api().get(path);
    assertThat(response.status()).as(path).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(api().firstError(response).path("rule").asText()).isEqualTo(rule);
  }

  private void assertBadFilter(String path, String field, String rule) {
    Response response = api().get(path);
    assertThat(response.status()).as(path).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode error = api().firstError(response);
    assertThat(error.path("field").asText()).as(path).isEqualTo(field);
    assertThat(error.path("rule").asText()).as(path).isEqualTo(rule);
  }

  private static void nominate(
      EventStoreWriter events, String id, Title title, GateResult gate, MetaData metaData) {
    events.append(
        "Nomination",
        id,
        new NominationMade(id, title, 2024, NOMINEE, BASIS, NominationFacts.NONE),
        metaData);
    events.append(
        "Nomination",
        id,
        new NominationEligibilityAssessed(id, gate.passed(), List.of(gate)),
        metaData);
  }

  private static BallotOpened opened(String ballotId, String nominationId) {
    return new BallotOpened(
        ballotId,
        List.of(new BallotItem(nominationId, Title.COURT_EMULATION_FLAG, TWO_THIRDS)),
        VoterKind.CLUSTER_UNITS,
        List.of("TAND-QN", "TAND-HP", "TAND-HD"),
        LocalDate.parse("2024-11-01"));
  }

  private static MetaData voter(String unitId) {
    return actedBy("truongdonvi", unitId, "vote-" + RUN);
  }

  private TableHttp table() {
    return new TableHttp(port, json);
  }

  private ReadApi api() {
    return new ReadApi(port, json);
  }
}
