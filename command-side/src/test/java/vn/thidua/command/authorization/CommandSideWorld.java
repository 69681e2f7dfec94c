package vn.thidua.command.authorization;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.thidua.support.authorization.Endpoint;
import vn.thidua.support.security.Role;

/**
 * The units, users and aggregates the matrix acts on, set up once through the API, and the request
 * each endpoint gets for each target. Every identifier carries this run's id, so the events of the
 * run can be told apart from those of other tests sharing the store.
 */
final class CommandSideWorld {
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  static final String SUPREME = "AZ-S-" + RUN;
  static final String OWN = "AZ-P-" + RUN;
  static final String BELOW = "AZ-D-" + RUN;
  static final String UNRELATED = "AZ-Q-" + RUN;
  static final String COUNCIL_MEMBER_USER = userOf(Role.COUNCIL_MEMBER);

  private static final String SETUP_ADMIN = "authz.setup.admin";
  private static final String SETUP_OFFICER = "authz.setup.officer";
  private static final String SETUP_COUNCIL = "authz.setup.council";
  private static final String SETUP_DECIDER_OWN = "authz.setup.decider.own";
  private static final String SETUP_DECIDER_UNRELATED = "authz.setup.decider.unrelated";
  private static final String SETUP_DECIDER_SUPREME = "authz.setup.decider.supreme";
  private static final Target[] UNIT_TARGETS = {
    Target.OWN_UNIT, Target.UNIT_BELOW, Target.UNRELATED_UNIT
  };

  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  private final AtomicInteger serial = new AtomicInteger();
  private final AtomicInteger emulationYears = new AtomicInteger(2000);
  private final AtomicInteger clusterYears = new AtomicInteger(2030);

  /** The matrix's callers, each acting for the own unit, and the users that set the world up. */
  static Map<String, String> userProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    List<String[]> users = new ArrayList<>();
    for (Role role : Role.values()) {
      users.add(new String[] {userOf(role), OWN, role.name()});
    }
    users.add(new String[] {SETUP_ADMIN, SUPREME, "ADMIN"});
    users.add(new String[] {SETUP_OFFICER, SUPREME, "EMULATION_OFFICER"});
    users.add(new String[] {SETUP_COUNCIL, SUPREME, "COUNCIL_MEMBER"});
    users.add(new String[] {SETUP_DECIDER_OWN, OWN, "DECIDER"});
    users.add(new String[] {SETUP_DECIDER_UNRELATED, UNRELATED, "DECIDER"});
    users.add(new String[] {SETUP_DECIDER_SUPREME, SUPREME, "DECIDER"});
    for (int i = 0; i < users.size(); i++) {
      String prefix = "thidua.security.users[" + i + "].";
      properties.put(prefix + "username", users.get(i)[0]);
      properties.put(prefix + "password", "{noop}" + MatrixHttp.PASSWORD);
      properties.put(prefix + "unit-id", users.get(i)[1]);
      properties.put(prefix + "roles[0]", users.get(i)[2]);
    }
    return properties;
  }

  static String userOf(Role role) {
    return "authz." + role.name().toLowerCase(Locale.ROOT);
  }

  static String userOf(Caller caller) {
    return caller.signedIn() ? userOf(caller.role()) : null;
  }

  /**
   * Registers the units and makes every aggregate a cell acts on; fails loudly if one is refused.
   */
  void build(MatrixHttp http) {
    Setup setup = new Setup(http);
    setup.as(SETUP_ADMIN, "/api/units", unit(SUPREME, "SUPREME", null));
    setup.as(SETUP_ADMIN, "/api/units", unit(OWN, "PROVINCIAL", SUPREME));
    setup.as(SETUP_ADMIN, "/api/units", unit(BELOW, "REGIONAL", OWN));
    setup.as(SETUP_ADMIN, "/api/units", unit(UNRELATED, "PROVINCIAL", SUPREME));
    for (Target target : UNIT_TARGETS) {
      setup.as(
          SETUP_ADMIN,
          "/api/staff",
          """
          {"staffId":"%s","fullName":"Cán bộ","role":"CLERK","unitId":"%s"}"""
              .formatted(id("ST", target), unitOf(target)));
      setup.as(
          SETUP_ADMIN,
          "/api/staff",
          """
          {"staffId":"%s","fullName":"Nguyễn Văn An","role":"JUDGE","unitId":"%s"}"""
              .formatted(id("SE", target), unitOf(target)));
      setup.as(
          SETUP_ADMIN,
          "/api/cases",
          """
          {"caseId":"%s","unitId":"%s","caseType":"CIVIL","acceptedOn":"2023-01-05"}"""
              .formatted(id("CASE", target), unitOf(target)));
      setup.as(
          SETUP_ADMIN,
          "/api/judges/" + id("JUDGE", target) + "/virtual-assistant-use",
          "{\"unitId\":\"%s\",\"month\":\"2023-05\",\"questionsAndAnswersContributed\":3}"
              .formatted(unitOf(target)));
      setup.as(
          SETUP_ADMIN,
          "/api/court-mediations",
          """
          {"mediationId":"%s","unitId":"%s","receivedOn":"2023-02-01","disputeType":"CIVIL"}"""
              .formatted(id("MED", target), unitOf(target)));
    }
    setup.as(
        SETUP_ADMIN,
        "/api/clusters",
        """
        {"clusterId":"%s","emulationYear":2024,"name":"Cụm thi đua","memberUnitIds":["%s","%s","%s"],
         "chairUnitId":"%s","deputyUnitId":"%s"}"""
            .formatted(cluster(), OWN, BELOW, UNRELATED, OWN, UNRELATED));
    setup.as(SETUP_ADMIN, "/api/covenants", covenant(covenant()));
    setup.as(SETUP_ADMIN, "/api/campaigns", campaign(campaignToRevise(), SUPREME));
    setup.as(SETUP_ADMIN, "/api/campaigns", campaign(campaignToClose(), SUPREME));

    setup.nominate(nominationToBallot(), OWN, "LETTER_OF_COMMENDATION");
    for (Target target : UNIT_TARGETS) {
      setup.nominate(id("NV", target), unitOf(target), "LETTER_OF_COMMENDATION");
      setup.ballot(id("BV", target), "CLUSTER_UNITS", unitOf(target), id("NV", target));
    }
    Target council = Target.COUNCIL_BALLOT_LISTING_CALLER;
    setup.nominate(id("NV", council), OWN, "LETTER_OF_COMMENDATION");
    setup.ballot(id("BV", council), "COUNCIL_MEMBERS", COUNCIL_MEMBER_USER, id("NV", council));
    setup.nominate(id("NC", Target.NONE), OWN, "LETTER_OF_COMMENDATION");
    setup.ballot(ballotToClose(), "COUNCIL_MEMBERS", SETUP_COUNCIL, id("NC", Target.NONE));

    List<String> passing = new ArrayList<>();
    for (String prefix : List.of("ND", "NR")) {
      for (Target target : UNIT_TARGETS) {
        setup.nominate(id(prefix, target), unitOf(target), "LETTER_OF_COMMENDATION");
        passing.add(id(prefix, target));
      }
      setup.nominate(id(prefix, Target.SECTOR_TITLE_IN_OWN_UNIT), OWN, "CERTIFICATE_OF_MERIT");
      passing.add(id(prefix, Target.SECTOR_TITLE_IN_OWN_UNIT));
    }
    setup.ballot(id("BP", Target.NONE), "COUNCIL_MEMBERS", SETUP_COUNCIL, passing);
    setup.as(
        SETUP_COUNCIL,
        "/api/ballots/" + id("BP", Target.NONE) + "/votes",
        passing.stream()
            .map(nomination -> "\"" + nomination + "\":\"FOR\"")
            .reduce((left, right) -> left + "," + right)
            .map(choices -> "{\"choices\":{" + choices + "}}")
            .orElseThrow());
    setup.as(SETUP_ADMIN, "/api/ballots/" + id("BP", Target.NONE) + "/close", null);
    setup.decide(Target.OWN_UNIT, SETUP_DECIDER_OWN);
    setup.decide(Target.UNIT_BELOW, SETUP_DECIDER_OWN);
    setup.decide(Target.UNRELATED_UNIT, SETUP_DECIDER_UNRELATED);
    setup.decide(Target.SECTOR_TITLE_IN_OWN_UNIT, SETUP_DECIDER_SUPREME);
  }

  /** The request a cell sends to {@code endpoint}, aimed at {@code target}. */
  MatrixRequest request(Endpoint endpoint, Target target) {
    int n = serial.incrementAndGet();
    String unit = target == Target.NONE ? OWN : unitOf(target);
    String fresh = "AZ" + n + "-" + RUN;
    boolean taken = target == Target.ID_TAKEN_IN_UNRELATED_UNIT;
    return switch (endpoint.toString()) {
      case "POST /api/auth/token" -> new MatrixRequest("POST", "/api/auth/token", null, null);
      case "ANY /error" -> MatrixRequest.get("/error");
      case "POST /api/units" -> MatrixRequest.postJson("/api/units", unit(fresh, "REGIONAL", unit));
      case "POST /api/units/{unitId}/judge-count" ->
          MatrixRequest.postJson(
              "/api/units/" + unit + "/judge-count",
              "{\"judges\":%d,\"effectiveFrom\":\"2023-10-01\"}".formatted(n));
      case "POST /api/units/{unitId}/staff-count" ->
          MatrixRequest.postJson(
              "/api/units/" + unit + "/staff-count",
              "{\"staff\":%d,\"effectiveFrom\":\"2023-10-01\"}".formatted(n));
      case "POST /api/staff" ->
          MatrixRequest.postJson(
              "/api/staff",
              """
              {"staffId":"%s","fullName":"Cán bộ","role":"JUDGE","unitId":"%s"}"""
                  .formatted(fresh, unit));
      case "POST /api/staff/{staffId}/erasure" ->
          MatrixRequest.postJson(
              "/api/staff/" + id("SE", target) + "/erasure",
              "{\"reason\":\"Người lao động yêu cầu xóa dữ liệu cá nhân\"}");
      case "POST /api/staff/{staffId}/transfers" ->
          MatrixRequest.postJson(
              "/api/staff/" + id("ST", target) + "/transfers",
              "{\"toUnitId\":\"%s\",\"effectiveOn\":\"%s\"}".formatted(SUPREME, today));
      case "POST /api/clusters" ->
          MatrixRequest.postJson(
              "/api/clusters",
              """
              {"clusterId":"%s","emulationYear":%d,"name":"Cụm","memberUnitIds":["%s","%s"],
               "chairUnitId":"%s","deputyUnitId":"%s"}"""
                  .formatted(fresh, clusterYears.incrementAndGet(), OWN, BELOW, OWN, BELOW));
      case "POST /api/clusters/{clusterId}/leadership" ->
          MatrixRequest.postJson(
              "/api/clusters/" + cluster() + "/leadership",
              """
              {"chairUnitId":"%s","deputyUnitId":"%s","reason":"Luân phiên"}"""
                  .formatted(UNRELATED, OWN));
      case "POST /api/covenants" -> MatrixRequest.postJson("/api/covenants", covenant(fresh));
      case "POST /api/covenants/{covenantId}/pledges" ->
          MatrixRequest.postJson(
              "/api/covenants/" + covenant() + "/pledges",
              """
              {"unitId":"%s","signerName":"Trần Văn Cường","signerRole":"Chánh án",
               "signedOn":"2024-02-20","registeredTitles":["ADVANCED_COLLECTIVE"]}"""
                  .formatted(unit));
      case "POST /api/campaigns" -> MatrixRequest.postJson("/api/campaigns", campaign(fresh, unit));
      case "POST /api/campaigns/{campaignId}/criteria-revisions" ->
          MatrixRequest.postJson(
              "/api/campaigns/" + campaignToRevise() + "/criteria-revisions",
              """
              {"phaseId":"dot-1","criteria":[{"metric":"RESOLUTION_RATE",
               "direction":"HIGHER_IS_BETTER","target":%d}],"reason":"Chỉ thị 01/2024"}"""
                  .formatted(80 + n % 20));
      case "POST /api/campaigns/{campaignId}/close" ->
          MatrixRequest.postJson(
              "/api/campaigns/" + campaignToClose() + "/close", "{\"reason\":\"Kết thúc\"}");
      case "POST /api/cases" ->
          MatrixRequest.postJson(
              "/api/cases",
              """
              {"caseId":"%s","unitId":"%s","caseType":"CIVIL","acceptedOn":"2023-01-05"}"""
                  .formatted(taken ? id("CASE", Target.UNRELATED_UNIT) : fresh, unit));
      case "POST /api/cases/{caseId}/verdict" ->
          caseFact(target, "verdict", "{\"resolvedOn\":\"2023-02-01\",\"outcome\":\"TRIED\"}");
      case "POST /api/cases/{caseId}/appeal-outcome" ->
          caseFact(
              target, "appeal-outcome", "{\"decidedOn\":\"2023-03-01\",\"result\":\"UPHELD\"}");
      case "POST /api/cases/{caseId}/judgment-effective" ->
          caseFact(target, "judgment-effective", "{\"effectiveOn\":\"2023-03-01\"}");
      case "POST /api/cases/{caseId}/publication" ->
          caseFact(target, "publication", "{\"publishedOn\":\"2023-03-10\"}");
      case "POST /api/court-mediations" ->
          MatrixRequest.postJson(
              "/api/court-mediations",
              """
              {"mediationId":"%s","unitId":"%s","receivedOn":"2023-02-01","disputeType":"CIVIL"}"""
                  .formatted(taken ? id("MED", Target.UNRELATED_UNIT) : fresh, unit));
      case "POST /api/court-mediations/{mediationId}/outcome" ->
          MatrixRequest.postJson(
              "/api/court-mediations/" + id("MED", target) + "/outcome",
              "{\"concludedOn\":\"2023-02-20\",\"outcome\":\"SUCCESS\"}");
      case "POST /api/judges/{judgeId}/virtual-assistant-use" ->
          MatrixRequest.postJson(
              "/api/judges/"
                  + (taken ? id("JUDGE", Target.UNRELATED_UNIT) : fresh)
                  + "/virtual-assistant-use",
              "{\"unitId\":\"%s\",\"month\":\"2023-05\",\"questionsAndAnswersContributed\":3}"
                  .formatted(unit));
      case "POST /api/imports/caseload" ->
          new MatrixRequest(
              "POST",
              "/api/imports/caseload",
              "application/x-ndjson",
              """
              {"kind":"ACCEPT","caseId":"%s","unitId":"%s","caseType":"CIVIL","acceptedOn":"2023-01-05"}
              """
                  .formatted(fresh, unit));
      case "POST /api/nominations" ->
          MatrixRequest.postJson(
              "/api/nominations",
              """
              {"nominationId":"%s","title":"LETTER_OF_COMMENDATION","emulationYear":%d,
               "nominee":{"unitId":"%s"}}"""
                  .formatted(
                      taken ? id("NV", Target.UNRELATED_UNIT) : fresh,
                      emulationYears.incrementAndGet(),
                      unit));
      case "POST /api/ballots" ->
          MatrixRequest.postJson(
              "/api/ballots",
              ballot(fresh, "COUNCIL_MEMBERS", SETUP_COUNCIL, nominationToBallot()));
      case "POST /api/ballots/{ballotId}/votes" ->
          MatrixRequest.postJson(
              "/api/ballots/" + id("BV", target) + "/votes",
              "{\"choices\":{\"%s\":\"FOR\"}}".formatted(id("NV", target)));
      case "POST /api/ballots/{ballotId}/close" ->
          new MatrixRequest("POST", "/api/ballots/" + ballotToClose() + "/close", null, null);
      case "POST /api/nominations/{nominationId}/decision" -> decision(target, fresh);
      case "POST /api/awards/{decisionNumber}/revocation" ->
          MatrixRequest.postJson(
              "/api/awards/" + decisionNumber(target) + "/revocation",
              """
              {"ground":"FRAUD","reason":"Hồ sơ gian dối","revokedOn":"%s"}"""
                  .formatted(today));
      case "GET /api/history/{aggregateType}/{aggregateId}" ->
          MatrixRequest.get("/api/history/Nomination/" + id("NR", Target.OWN_UNIT));
      case "GET /api/integrity/verify", "GET /api/integrity/head" ->
          MatrixRequest.get(endpoint.path());
      default -> {
        if (endpoint.method().equals("GET") && !endpoint.path().contains("{")) {
          yield MatrixRequest.get(endpoint.path());
        }
        throw new IllegalStateException("The matrix has no request for " + endpoint);
      }
    };
  }

  /** The second vote of the unit head whose court the own-unit ballot lists. */
  MatrixRequest secondVoteOnOwnUnitBallot() {
    return request(new Endpoint("POST", "/api/ballots/{ballotId}/votes"), Target.OWN_UNIT);
  }

  private MatrixRequest decision(Target target, String freshNumber) {
    boolean retry = target == Target.DECIDED_IN_UNRELATED_UNIT;
    String nomination = retry ? id("NR", Target.UNRELATED_UNIT) : id("ND", target);
    String number = retry ? decisionNumber(Target.UNRELATED_UNIT) : "QD" + freshNumber;
    return MatrixRequest.postJson(
        "/api/nominations/" + nomination + "/decision",
        "{\"decisionNumber\":\"%s\",\"decidedOn\":\"%s\",\"signer\":\"Chánh án\"}"
            .formatted(number, today));
  }

  private MatrixRequest caseFact(Target target, String fact, String body) {
    return MatrixRequest.postJson("/api/cases/" + id("CASE", target) + "/" + fact, body);
  }

  static String unitOf(Target target) {
    return switch (target) {
      case OWN_UNIT,
          SECTOR_TITLE_IN_OWN_UNIT,
          COUNCIL_BALLOT_LISTING_CALLER,
          ID_TAKEN_IN_UNRELATED_UNIT,
          NONE ->
          OWN;
      case UNIT_BELOW -> BELOW;
      case UNRELATED_UNIT, DECIDED_IN_UNRELATED_UNIT -> UNRELATED;
    };
  }

  private static String id(String prefix, Target target) {
    return prefix + "-" + RUN + "-" + target.name();
  }

  private static String decisionNumber(Target target) {
    return id("QD", target);
  }

  private static String cluster() {
    return "AZ-K-" + RUN;
  }

  private static String covenant() {
    return "AZ-V-" + RUN;
  }

  private static String campaignToRevise() {
    return "AZ-CR-" + RUN;
  }

  private static String campaignToClose() {
    return "AZ-CC-" + RUN;
  }

  private static String nominationToBallot() {
    return id("NO", Target.NONE);
  }

  private static String ballotToClose() {
    return id("BC", Target.NONE);
  }

  private static String unit(String unitId, String level, String parent) {
    return """
        {"unitId":"%s","name":"TAND","level":"%s",%s"judges":5}"""
        .formatted(unitId, level, parent == null ? "" : "\"parentUnitId\":\"" + parent + "\",");
  }

  private static String covenant(String covenantId) {
    return """
        {"covenantId":"%s","clusterId":"%s","year":2024,
         "commitments":[{"metric":"RESOLUTION_RATE","target":90}]}"""
        .formatted(covenantId, cluster());
  }

  /** Phases far in the future: no phase closes, so no freeze writes events during the walk. */
  private static String campaign(String campaignId, String organiser) {
    return """
        {"campaignId":"%s","organiserUnitId":"%s","title":"Thi đua","startsOn":"2090-10-01",
         "endsOn":"2091-09-30","participantUnitIds":["%s"],
         "phases":[{"phaseId":"dot-1","name":"Đợt 1","startsOn":"2090-10-01","endsOn":"2091-09-30"}],
         "criteria":[{"metric":"RESOLUTION_RATE","direction":"HIGHER_IS_BETTER","target":90}],
         "reason":"Kế hoạch thi đua"}"""
        .formatted(campaignId, organiser, organiser);
  }

  private String ballot(String ballotId, String kind, String voter, String nomination) {
    return ballot(ballotId, kind, voter, List.of(nomination));
  }

  private String ballot(String ballotId, String kind, String voter, List<String> nominations) {
    return """
        {"ballotId":"%s","nominationIds":[%s],"voterKind":"%s","voters":["%s"],"closesOn":"%s"}"""
        .formatted(
            ballotId,
            String.join(",", nominations.stream().map(id -> "\"" + id + "\"").toList()),
            kind,
            voter,
            today.plusDays(7));
  }

  /** Set-up steps: each must succeed. */
  private final class Setup {
    private final MatrixHttp http;

    Setup(MatrixHttp http) {
      this.http = http;
    }

    void as(String user, String path, String body) {
      MatrixHttp.Reply reply =
          http.send(
              user,
              body == null
                  ? new MatrixRequest("POST", path, null, null)
                  : MatrixRequest.postJson(path, body));
      if (reply.status() >= 300) {
        throw new IllegalStateException(
            "Set-up step POST " + path + " as " + user + " failed: " + reply);
      }
    }

    void nominate(String nominationId, String unitId, String title) {
      as(
          SETUP_OFFICER,
          "/api/nominations",
          """
          {"nominationId":"%s","title":"%s","emulationYear":%d,"nominee":{"unitId":"%s"}}"""
              .formatted(nominationId, title, emulationYears.incrementAndGet(), unitId));
    }

    void ballot(String ballotId, String kind, String voter, String nomination) {
      ballot(ballotId, kind, voter, List.of(nomination));
    }

    void ballot(String ballotId, String kind, String voter, List<String> nominations) {
      as(
          SETUP_ADMIN,
          "/api/ballots",
          CommandSideWorld.this.ballot(ballotId, kind, voter, nominations));
    }

    void decide(Target target, String decider) {
      as(
          decider,
          "/api/nominations/" + id("NR", target) + "/decision",
          "{\"decisionNumber\":\"%s\",\"decidedOn\":\"%s\",\"signer\":\"Chánh án\"}"
              .formatted(decisionNumber(target), today));
    }
  }
}
