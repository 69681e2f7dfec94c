package vn.thidua.command.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.command.CommandSideStores;
import vn.thidua.command.fuzz.CommandRequests.Endpoint;
import vn.thidua.support.fuzz.BadRequest;
import vn.thidua.support.fuzz.BadValues;
import vn.thidua.support.fuzz.FuzzRun;
import vn.thidua.support.fuzz.FuzzUsers;
import vn.thidua.support.fuzz.Gen;
import vn.thidua.support.fuzz.RawHttp;

/**
 * Fuzzes every command endpoint family of the running command side over real HTTP (a raw socket, so
 * Tomcat parses exactly what was generated) against the embedded PostgreSQL: at least 1,000 bad
 * inputs per family, never a 5xx, a problem+json naming the rule for every 4xx, never an event (see
 * {@link FuzzRun} for the number of tries and replaying one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandFuzzTest {
  private static final String ORGANISATION = "vn.thidua.command.organisation.";
  private static final String CAMPAIGN = "vn.thidua.command.campaign.CampaignController$";
  private static final String CASELOAD = "vn.thidua.command.caseload.";
  private static final String RECOGNITION = "vn.thidua.command.recognition.";
  private static final Predicate<BadRequest> NO_SUCCESS = request -> false;
  private static final Predicate<BadRequest> ONLY_OPTIONS =
      request -> request.method().equals("OPTIONS");
  private static final List<String> REQUEST_RECORDS =
      List.of(
          ORGANISATION + "UnitController$RegisterUnitRequest",
          ORGANISATION + "UnitController$ChangeJudgeCountRequest",
          ORGANISATION + "UnitController$ChangeStaffCountRequest",
          ORGANISATION + "ClusterController$FormClusterRequest",
          ORGANISATION + "ClusterController$ChangeClusterLeadershipRequest",
          ORGANISATION + "StaffController$RegisterStaffMemberRequest",
          ORGANISATION + "StaffController$TransferStaffMemberRequest",
          CAMPAIGN + "LaunchCampaignRequest",
          CAMPAIGN + "ReviseCriteriaRequest",
          CAMPAIGN + "CloseCampaignRequest",
          "vn.thidua.command.covenant.CovenantController$DraftCovenantRequest",
          "vn.thidua.command.covenant.CovenantController$SignPledgeRequest",
          CASELOAD + "CaseController$AcceptCaseRequest",
          CASELOAD + "CaseController$RecordVerdictRequest",
          CASELOAD + "CaseController$RecordAppealOutcomeRequest",
          CASELOAD + "CaseController$RecordJudgmentEffectiveRequest",
          CASELOAD + "CaseController$PublishJudgmentRequest",
          CASELOAD + "CourtMediationController$TransferToCourtMediationRequest",
          CASELOAD + "CourtMediationController$RecordCourtMediationOutcomeRequest",
          CASELOAD + "JudgeActivityController$RecordVirtualAssistantUseRequest",
          RECOGNITION + "BallotController$OpenBallotRequest",
          RECOGNITION + "BallotController$CastVoteRequest",
          RECOGNITION + "NominationController$NominateRequest",
          RECOGNITION + "NominationController$DecideAwardRequest",
          RECOGNITION + "AwardController$RevokeAwardRequest");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private FuzzRun fuzz;

  @DynamicPropertySource
  static void stores(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> 5);
  }

  @BeforeEach
  void connect() {
    fuzz = new FuzzRun(new RawHttp(port), jdbc);
  }

  @AfterAll
  static void total() {
    System.out.println("fuzz command side: " + FuzzRun.totalTries() + " bad inputs tried");
  }

  @Test
  void units() {
    family(
        "units",
        11,
        new Endpoint("/api/units", ORGANISATION + "UnitController$RegisterUnitRequest"),
        new Endpoint(
            "/api/units/{id}/judge-count", ORGANISATION + "UnitController$ChangeJudgeCountRequest"),
        new Endpoint(
            "/api/units/{id}/staff-count",
            ORGANISATION + "UnitController$ChangeStaffCountRequest"));
  }

  @Test
  void clusters() {
    family(
        "clusters",
        12,
        new Endpoint("/api/clusters", ORGANISATION + "ClusterController$FormClusterRequest"),
        new Endpoint(
            "/api/clusters/{id}/leadership",
            ORGANISATION + "ClusterController$ChangeClusterLeadershipRequest"));
  }

  @Test
  void staff() {
    family(
        "staff",
        13,
        new Endpoint("/api/staff", ORGANISATION + "StaffController$RegisterStaffMemberRequest"),
        new Endpoint(
            "/api/staff/{id}/transfers",
            ORGANISATION + "StaffController$TransferStaffMemberRequest"));
  }

  @Test
  void campaigns() {
    family(
        "campaigns",
        14,
        new Endpoint("/api/campaigns", CAMPAIGN + "LaunchCampaignRequest"),
        new Endpoint("/api/campaigns/{id}/criteria-revisions", CAMPAIGN + "ReviseCriteriaRequest"),
        new Endpoint("/api/campaigns/{id}/close", CAMPAIGN + "CloseCampaignRequest"));
  }

  @Test
  void covenantsAndPledges() {
    family(
        "covenants and pledges",
        15,
        new Endpoint(
            "/api/covenants", "vn.thidua.command.covenant.CovenantController$DraftCovenantRequest"),
        new Endpoint(
            "/api/covenants/{id}/pledges",
            "vn.thidua.command.covenant.CovenantController$SignPledgeRequest"));
  }

  @Test
  void cases() {
    String controller = CASELOAD + "CaseController$";
    family(
        "cases",
        16,
        new Endpoint("/api/cases", controller + "AcceptCaseRequest"),
        new Endpoint("/api/cases/{id}/verdict", controller + "RecordVerdictRequest"),
        new Endpoint("/api/cases/{id}/appeal-outcome", controller + "RecordAppealOutcomeRequest"),
        new Endpoint(
            "/api/cases/{id}/judgment-effective", controller + "RecordJudgmentEffectiveRequest"),
        new Endpoint("/api/cases/{id}/publication", controller + "PublishJudgmentRequest"));
  }

  @Test
  void courtMediations() {
    String controller = CASELOAD + "CourtMediationController$";
    family(
        "court mediations",
        17,
        new Endpoint("/api/court-mediations", controller + "TransferToCourtMediationRequest"),
        new Endpoint(
            "/api/court-mediations/{id}/outcome",
            controller + "RecordCourtMediationOutcomeRequest"));
  }

  @Test
  void judgesActivity() {
    family(
        "judges activity",
        18,
        new Endpoint(
            "/api/judges/{id}/virtual-assistant-use",
            CASELOAD + "JudgeActivityController$RecordVirtualAssistantUseRequest"));
  }

  @Test
  void ballots() {
    String controller = RECOGNITION + "BallotController$";
    family(
        "ballots",
        19,
        new Endpoint("/api/ballots", controller + "OpenBallotRequest"),
        new Endpoint("/api/ballots/{id}/votes", controller + "CastVoteRequest"),
        new Endpoint("/api/ballots/{id}/close", (RequestShape) null));
  }

  @Test
  void nominations() {
    String controller = RECOGNITION + "NominationController$";
    family(
        "nominations",
        20,
        new Endpoint("/api/nominations", controller + "NominateRequest"),
        new Endpoint("/api/nominations/{id}/decision", controller + "DecideAwardRequest"));
  }

  @Test
  void awards() {
    family(
        "awards",
        21,
        new Endpoint(
            "/api/awards/{id}/revocation", RECOGNITION + "AwardController$RevokeAwardRequest"));
  }

  @Test
  void imports() {
    run("imports", ImportRequests.imports(FuzzUsers.ADMIN), 22, request -> true);
  }

  @Test
  void idempotencyKeyHeader() {
    Gen<String> keys =
        Gen.oneOf(
            BadValues.anyText(300),
            Gen.integers(201, 8_000).map("k"::repeat),
            Gen.of("fuzz-key-1", "fuzz-key-2", "fuzz-key-1 ", "", " "));
    List<Endpoint> endpoints =
        List.of(
            new Endpoint("/api/units", ORGANISATION + "UnitController$RegisterUnitRequest"),
            new Endpoint("/api/cases", CASELOAD + "CaseController$AcceptCaseRequest"),
            new Endpoint("/api/campaigns", CAMPAIGN + "LaunchCampaignRequest"),
            new Endpoint("/api/nominations", RECOGNITION + "NominationController$NominateRequest"),
            new Endpoint(
                "/api/ballots/{id}/votes", RECOGNITION + "BallotController$CastVoteRequest"));
    Gen<BadRequest> requests =
        Gen.of(endpoints)
            .flatMap(endpoint -> CommandRequests.brokenFields(endpoint, FuzzUsers.ADMIN))
            .flatMap(
                request ->
                    keys.map(
                        key ->
                            request
                                .withHeader("Idempotency-Key", key)
                                .describedAlso("Idempotency-Key " + key)));
    run("idempotency-key header", requests, 23, NO_SUCCESS);
  }

  @Test
  void authAndToken() {
    run(
        "auth/token",
        AuthRequests.credentials(),
        24,
        request ->
            request.description().startsWith("signed token")
                && request.target().equals("/api/auth/token"));
  }

  @Test
  void historyAndIntegrity() {
    run(
        "history and integrity (reads)",
        ReadRequests.historyAndIntegrity("kiemtra"),
        25,
        request -> request.method().equals("GET"));
  }

  /** Every string, list and map of every command body has an upper bound on its size. */
  @Test
  void everyRequestFieldIsBounded() {
    for (String record : REQUEST_RECORDS) {
      assertThat(RequestShape.of(record).unbounded()).as(record).isEmpty();
    }
  }

  private void family(String name, long seed, Endpoint... endpoints) {
    run(name, CommandRequests.against(List.of(endpoints), FuzzUsers.ADMIN), seed, ONLY_OPTIONS);
  }

  private void run(
      String name, Gen<BadRequest> requests, long seed, Predicate<BadRequest> successAllowed) {
    fuzz.check(name, requests, seed, successAllowed);
  }
}
