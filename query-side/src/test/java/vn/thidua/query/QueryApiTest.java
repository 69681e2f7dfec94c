package vn.thidua.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.query.EventStoreWriter.actedBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import vn.thidua.events.audit.AuditEntryView;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.leaderboard.LeaderboardRow;
import vn.thidua.events.leaderboard.LeaderboardView;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.ApiClient.Response;
import vn.thidua.query.campaign.CampaignView;
import vn.thidua.query.organisation.UnitView;
import vn.thidua.support.table.TablePage;

/**
 * The query API over HTTP while events arrive in the embedded PostgreSQL as the command side would
 * append them: the README's Quảng Ninh example, half of its cases recorded before the campaign.
 */
class QueryApiTest extends QuerySideIntegrationTest {
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String CAMPAIGN = "QN-2023-" + RUN;
  private static final String HALONG = "TAND-HALONG-" + RUN;
  private static final String CAMPHA = "TAND-CAMPHA-" + RUN;
  private static final String CORRELATION_ID = "launch-" + RUN;
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String ANALYST = "phantich";
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
    MetaData admin = actedBy("quantri", "TANDTC", "units-" + RUN);
    MetaData clerk = actedBy("thuky.qn", "TAND-QN", "cases-" + RUN);
    events.append(
        "CourtUnit",
        HALONG,
        new UnitRegistered(HALONG, "TAND thành phố Hạ Long", CourtLevel.DISTRICT, null, 15),
        admin);
    events.append(
        "CourtUnit",
        CAMPHA,
        new UnitRegistered(CAMPHA, "TAND thành phố Cẩm Phả", CourtLevel.DISTRICT, null, 8),
        admin);
    accept(events, "HL-1", HALONG, CaseType.CRIMINAL, "2022-10-12", clerk);
    verdict(events, "HL-1", HALONG, CaseType.CRIMINAL, "2022-10-12", "2022-12-20", clerk);
    accept(events, "CP-1", CAMPHA, CaseType.CRIMINAL, "2022-10-20", clerk);
    events.append(
        "Campaign", CAMPAIGN, campaign(), actedBy("totochuc.qn", "TAND-QN", CORRELATION_ID));
    accept(events, "HL-2", HALONG, CaseType.CIVIL, "2022-11-03", clerk);
    verdict(events, "HL-2", HALONG, CaseType.CIVIL, "2022-11-03", "2023-01-16", clerk);
    accept(events, "HL-3", HALONG, CaseType.CIVIL, "2023-02-07", clerk);
    verdict(events, "CP-1", CAMPHA, CaseType.CRIMINAL, "2022-10-20", "2023-02-28", clerk);
    accept(events, "CP-2", CAMPHA, CaseType.ADMINISTRATIVE, "2023-01-09", clerk);
    eventsAppended = true;
  }

  @Test
  void theLeaderboardOfAPhaseRanksTheUnitsByResolutionRate() {
    LeaderboardView leaderboard =
        awaitRead(
            "/api/campaigns/" + CAMPAIGN + "/leaderboard?phaseId=DOT-1",
            LeaderboardView.class,
            QueryApiTest::countsEveryCase);

    assertThat(leaderboard.phaseName()).isEqualTo("Đợt 1");
    assertThat(leaderboard.rows())
        .containsExactly(
            new LeaderboardRow(1, HALONG, "TAND thành phố Hạ Long", 3, 2, new BigDecimal("66.7")),
            new LeaderboardRow(2, CAMPHA, "TAND thành phố Cẩm Phả", 2, 1, new BigDecimal("50.0")));
  }

  @Test
  void withoutAPhaseTheLeaderboardCoversTheWholeCampaign() {
    LeaderboardView leaderboard =
        awaitRead(
            "/api/campaigns/" + CAMPAIGN + "/leaderboard",
            LeaderboardView.class,
            QueryApiTest::countsEveryCase);

    assertThat(leaderboard.phaseId()).isNull();
    assertThat(leaderboard.startsOn()).isEqualTo("2022-10-01");
    assertThat(leaderboard.endsOn()).isEqualTo("2023-09-30");
  }

  @Test
  void theCampaignIsListedWithItsPhasesParticipantsAndCriteria() {
    CampaignView campaign =
        awaitRead("/api/campaigns/" + CAMPAIGN, CampaignView.class, view -> true);

    assertThat(campaign.participantUnitIds()).containsExactly(HALONG, CAMPHA);
    assertThat(campaign.phases()).extracting(Phase::phaseId).containsExactly("DOT-1", "DOT-2");
    assertThat(campaign.criteria())
        .containsExactly(
            new Criterion(
                Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, new BigDecimal("90")));
    assertThat(campaign.launchedAt()).isNotNull();
    assertThat(
            list(
                    "/api/campaigns?campaignId=" + CAMPAIGN,
                    new TypeReference<TablePage<CampaignView>>() {})
                .items())
        .extracting(CampaignView::campaignId)
        .containsExactly(CAMPAIGN);
  }

  @Test
  void theUnitsAreListed() {
    awaitRead(
        "/api/units?unitId=" + CAMPHA,
        new TypeReference<TablePage<UnitView>>() {},
        page -> page.totalItems() == 1);
    List<UnitView> units =
        list("/api/units?unitId=" + HALONG, new TypeReference<TablePage<UnitView>>() {}).items();

    assertThat(units)
        .containsExactly(
            new UnitView(HALONG, "TAND thành phố Hạ Long", CourtLevel.DISTRICT, null, 15, null));
  }

  @Test
  void theAuditTrailShowsWhoLaunchedTheCampaignWhyAndInWhichFlow() {
    List<AuditEntryView> trail =
        awaitRead(
                "/api/audit?campaignId=" + CAMPAIGN,
                new TypeReference<TablePage<AuditEntryView>>() {},
                page -> !page.items().isEmpty())
            .items();

    assertThat(trail).hasSize(1);
    AuditEntryView launch = trail.get(0);
    assertThat(launch.decisionType()).isEqualTo("CampaignLaunched");
    assertThat(launch.aggregateId()).isEqualTo(CAMPAIGN);
    assertThat(launch.actorUserId()).isEqualTo("totochuc.qn");
    assertThat(launch.actorUnitId()).isEqualTo("TAND-QN");
    assertThat(launch.correlationId()).isEqualTo(CORRELATION_ID);
    assertThat(launch.reason()).isEqualTo("Kế hoạch thi đua năm 2023");
    assertThat(launch.summary())
        .isEqualTo("Phát động phong trào thi đua «Phong trào thi đua năm 2023»");
    assertThat(
            list("/api/audit?unitId=" + CAMPHA, new TypeReference<TablePage<AuditEntryView>>() {})
                .items())
        .containsExactly(launch);
  }

  @Test
  void anUnknownCampaignIsAProblem404() throws Exception {
    Response response = api().get(ANALYST, "/api/campaigns/NO-SUCH-" + RUN + "/leaderboard");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode error = json.readTree(response.body()).path("errors").path(0);
    assertThat(error.path("field").asText()).isEqualTo("campaignId");
    assertThat(error.path("rule").asText()).isEqualTo("campaign-must-exist");
    assertThat(api().get(ANALYST, "/api/campaigns/NO-SUCH-" + RUN).status()).isEqualTo(404);
  }

  @Test
  void badAuditFiltersAreProblemsNamingTheField() throws Exception {
    Response unknownType = api().get(ANALYST, "/api/audit?decisionType=VerdictRecorded");
    assertThat(unknownType.status()).isEqualTo(422);
    assertThat(unknownType.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode typeError = json.readTree(unknownType.body()).path("errors").path(0);
    assertThat(typeError.path("field").asText()).isEqualTo("decisionType");
    assertThat(typeError.path("rule").asText()).isEqualTo("decision-type-known");

    Response badInstant = api().get(ANALYST, "/api/audit?from=yesterday");
    assertThat(badInstant.status()).isEqualTo(400);
    JsonNode instantError = json.readTree(badInstant.body()).path("errors").path(0);
    assertThat(instantError.path("field").asText()).isEqualTo("from");
    assertThat(instantError.path("rule").asText()).isEqualTo("iso-instant");
  }

  @Test
  void anUnknownPhaseOfAKnownCampaignIsAProblem404() throws Exception {
    awaitRead("/api/campaigns/" + CAMPAIGN + "/leaderboard", LeaderboardView.class, view -> true);

    Response response =
        api().get(ANALYST, "/api/campaigns/" + CAMPAIGN + "/leaderboard?phaseId=DOT-9");

    assertThat(response.status()).isEqualTo(404);
    assertThat(json.readTree(response.body()).path("errors").path(0).path("rule").asText())
        .isEqualTo("phase-must-belong-to-campaign");
  }

  @Test
  void readingRequiresSigningIn() {
    assertThat(api().get(null, "/api/campaigns").status()).isEqualTo(401);
    assertThat(api().get(null, "/actuator/health").status()).isEqualTo(200);
    assertThat(api().get(null, "/v3/api-docs").status()).isEqualTo(200);
  }

  private static CampaignLaunched campaign() {
    return new CampaignLaunched(
        CAMPAIGN,
        "TAND-QN",
        "Phong trào thi đua năm 2023",
        "Phát huy truyền thống đoàn kết, trách nhiệm, kỷ cương, vì công lý",
        LocalDate.parse("2022-10-01"),
        LocalDate.parse("2023-09-30"),
        List.of(HALONG, CAMPHA),
        List.of(
            new Phase(
                "DOT-1",
                "Đợt 1",
                "Đoàn kết, trách nhiệm, bản lĩnh",
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-03-31")),
            new Phase(
                "DOT-2",
                "Đợt 2",
                "Đẩy nhanh tiến độ",
                LocalDate.parse("2023-04-01"),
                LocalDate.parse("2023-09-30"))),
        List.of(
            new Criterion(
                Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, new BigDecimal("90"))),
        "Kế hoạch thi đua năm 2023");
  }

  private static void accept(
      EventStoreWriter events,
      String caseId,
      String unitId,
      CaseType type,
      String acceptedOn,
      MetaData metaData) {
    events.append(
        "CourtCase",
        caseId + "-" + RUN,
        new CaseAccepted(
            caseId + "-" + RUN,
            unitId,
            type,
            LocalDate.parse(acceptedOn),
            false,
            LocalDate.parse(acceptedOn).plusDays(150)),
        metaData);
  }

  private static void verdict(
      EventStoreWriter events,
      String caseId,
      String unitId,
      CaseType type,
      String acceptedOn,
      String resolvedOn,
      MetaData metaData) {
    events.append(
        "CourtCase",
        caseId + "-" + RUN,
        new VerdictRecorded(
            caseId + "-" + RUN,
            unitId,
            type,
            LocalDate.parse(acceptedOn),
            LocalDate.parse(resolvedOn),
            VerdictOutcome.TRIED,
            false,
            false,
            null),
        metaData);
  }

  /** Five cases and three verdicts, all in phase 1: every case event has been counted. */
  private static boolean countsEveryCase(LeaderboardView leaderboard) {
    return leaderboard.rows().stream().mapToLong(LeaderboardRow::accepted).sum() == 5
        && leaderboard.rows().stream().mapToLong(LeaderboardRow::resolved).sum() == 3;
  }

  private ApiClient api() {
    return new ApiClient(port);
  }

  /** Reads until the read model has caught up with the events appended. */
  private <T> T awaitRead(String path, Class<T> type, Predicate<T> ready) {
    return awaitRead(path, json.getTypeFactory().constructType(type), ready);
  }

  private <T> T awaitRead(String path, TypeReference<T> type, Predicate<T> ready) {
    return awaitRead(path, json.getTypeFactory().constructType(type), ready);
  }

  private <T> T awaitRead(String path, JavaType type, Predicate<T> ready) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .ignoreExceptions()
        .until(() -> read(path, type), ready);
  }

  private <T> T list(String path, TypeReference<T> type) {
    return read(path, json.getTypeFactory().constructType(type));
  }

  private <T> T read(String path, JavaType type) {
    Response response = api().get(ANALYST, path);
    if (response.status() != 200) {
      throw new IllegalStateException(path + " answered " + response.status());
    }
    try {
      return json.readValue(response.body(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
