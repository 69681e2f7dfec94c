package vn.thidua.query.fuzz;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.query.QuerySideIntegrationTest;
import vn.thidua.query.fuzz.QueryRequests.Read;
import vn.thidua.support.fuzz.BadRequest;
import vn.thidua.support.fuzz.FuzzRun;
import vn.thidua.support.fuzz.FuzzUsers;
import vn.thidua.support.fuzz.RawHttp;

/**
 * Fuzzes every read family of the running query side over real HTTP against the embedded stores: at
 * least 1,000 bad inputs per family, never a 5xx, a problem+json naming the rule for every 4xx,
 * never an event. Reads may answer 200 (a bad filter can still match nothing); other methods may
 * not. See {@link FuzzRun} for the number of tries and replaying one.
 */
class QueryFuzzTest extends QuerySideIntegrationTest {
  private static final Predicate<BadRequest> READS = request -> request.method().equals("GET");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private FuzzRun fuzz;

  @BeforeEach
  void connect() {
    fuzz = new FuzzRun(new RawHttp(port), jdbc);
  }

  @AfterAll
  static void total() {
    System.out.println("fuzz query side: " + FuzzRun.totalTries() + " bad inputs tried");
  }

  @Test
  void analystTables() {
    List<String> filters =
        List.of(
            "year",
            "clusterId",
            "unitId",
            "title",
            "status",
            "revoked",
            "nominationId",
            "caseType",
            "from",
            "to",
            "campaignId",
            "rank",
            "unitName");
    run(
        "list and analyst tables",
        31,
        FuzzUsers.ANALYST,
        new Read("/api/campaigns", filters),
        new Read("/api/units", filters),
        new Read("/api/clusters", filters),
        new Read("/api/covenants", filters),
        new Read("/api/recognition/nominations", filters),
        new Read("/api/recognition/ballots", filters),
        new Read("/api/recognition/awards", filters),
        new Read("/api/campaigns/{id}/standings/{id}/rows", filters),
        new Read("/api/statistics/caseload", filters),
        new Read("/api/processors", filters));
  }

  @Test
  void leaderboards() {
    List<String> parameters = List.of("phaseId", "clusterId", "at");
    run(
        "leaderboards and standings",
        32,
        FuzzUsers.ANALYST,
        new Read("/api/campaigns/{id}/leaderboard", parameters),
        new Read("/api/campaigns/{id}/leaderboard/as-of", parameters),
        new Read("/api/campaigns/{id}/leaderboard/stream", parameters),
        new Read("/api/campaigns/{id}/standings", parameters),
        new Read("/api/campaigns/{id}/standings/{id}", parameters));
  }

  @Test
  void scorecardsAndJudges() {
    List<String> parameters = List.of("campaignId", "phaseId", "at", "from", "to");
    run(
        "scorecards and judges",
        33,
        FuzzUsers.ANALYST,
        new Read("/api/units/{id}/scorecard", parameters),
        new Read("/api/units/{id}/scorecard/as-of", parameters),
        new Read("/api/units/{id}/scorecard/stream", parameters),
        new Read("/api/units/{id}/judges", parameters));
  }

  @Test
  void audit() {
    run(
        "audit",
        34,
        FuzzUsers.AUDITOR,
        new Read(
            "/api/audit", List.of("campaignId", "unitId", "actor", "decisionType", "from", "to")));
  }

  @Test
  void readModelsAndSingleViews() {
    List<String> parameters = List.of("readModel", "rebuildId");
    run(
        "read models and single views",
        35,
        FuzzUsers.ANALYST,
        new Read("/api/read-models", parameters),
        new Read("/api/read-models/{id}/rebuild", parameters),
        new Read("/api/read-models/rebuilds/{id}", parameters),
        new Read("/api/campaigns/{id}", parameters),
        new Read("/api/covenants/{id}", parameters),
        new Read("/api/clusters/{id}", parameters),
        new Read("/api/recognition/nominations/{id}", parameters),
        new Read("/api/recognition/ballots/{id}", parameters),
        new Read("/api/recognition/awards/{id}", parameters));
  }

  private void run(String name, long seed, String user, Read... reads) {
    fuzz.check(name, QueryRequests.reads(List.of(reads), user), seed, READS);
  }
}
