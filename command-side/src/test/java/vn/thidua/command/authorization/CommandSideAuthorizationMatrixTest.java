package vn.thidua.command.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thidua.command.CommandSideStores;
import vn.thidua.support.authorization.Endpoint;
import vn.thidua.support.authorization.MappedEndpoints;
import vn.thidua.support.security.Role;

/**
 * Walks caller × endpoint × target over every endpoint Spring maps on the command side, with real
 * HTTP requests against the embedded PostgreSQL event store, and checks each cell against {@link
 * CommandSidePolicy}: a refused cell answers 401/403 as problem+json and writes no event, an
 * allowed cell is not refused. An endpoint without a policy rule, or a rule without an endpoint,
 * fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandSideAuthorizationMatrixTest {
  private static final String OUT_OF_SCOPE_RULE = "own-unit-or-below";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @DynamicPropertySource
  static void storesAndUsers(DynamicPropertyRegistry registry) {
    CommandSideStores.properties().forEach((key, value) -> registry.add(key, () -> value));
    CommandSideWorld.userProperties().forEach((key, value) -> registry.add(key, () -> value));
  }

  @TestFactory
  Stream<DynamicNode> everyCallerOnEveryEndpointAndTarget() {
    long mark =
        jdbc.queryForObject(
            "SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    MatrixHttp http = new MatrixHttp(port, json);
    CommandSideWorld world = new CommandSideWorld();
    world.build(http);
    LongSupplier eventsOfThisRun =
        () ->
            jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE global_index > ?"
                    + " AND aggregate_identifier LIKE ?",
                Long.class,
                mark,
                "%" + CommandSideWorld.RUN + "%");
    Map<Endpoint, Rule> rules =
        CommandSidePolicy.RULES.stream()
            .collect(Collectors.toMap(Rule::endpoint, rule -> rule, (a, b) -> a));
    Set<Endpoint> mapped = MappedEndpoints.of(mappings);
    Set<Endpoint> edits = MappedEndpoints.takingIfMatch(mappings);
    AtomicInteger allowed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger malformed = new AtomicInteger();
    AtomicInteger stale = new AtomicInteger();
    AtomicInteger generated = new AtomicInteger();
    Map<Integer, Integer> allowedAnswers = new TreeMap<>();
    Set<String> serverErrors = new TreeSet<>();
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(
        DynamicTest.dynamicTest(
            "the policy has one rule per endpoint",
            () ->
                assertThat(CommandSidePolicy.RULES.stream().map(Rule::endpoint))
                    .doesNotHaveDuplicates()));
    nodes.add(
        DynamicTest.dynamicTest(
            "every policy rule names a mapped endpoint",
            () -> assertThat(mapped).containsAll(rules.keySet())));
    for (Endpoint endpoint : mapped) {
      Rule rule = rules.get(endpoint);
      if (rule == null) {
        nodes.add(
            DynamicTest.dynamicTest(
                endpoint + " has a policy rule",
                () -> {
                  throw new AssertionError(
                      endpoint + " is mapped but CommandSidePolicy has no rule for it");
                }));
        continue;
      }
      List<DynamicTest> cells = new ArrayList<>();
      for (Cell cell : cellsOf(rule, world, edits.contains(endpoint))) {
        generated.incrementAndGet();
        cells.add(
            DynamicTest.dynamicTest(
                cell.name(),
                () -> {
                  String what = endpoint + " as " + cell.name();
                  long before = eventsOfThisRun.getAsLong();
                  MatrixRequest request = world.request(endpoint, cell.target());
                  if (cell.malformedBody()) {
                    malformed.incrementAndGet();
                    request =
                        new MatrixRequest(
                            request.method(), request.path(), request.contentType(), "{");
                  }
                  if (cell.staleVersion()) {
                    stale.incrementAndGet();
                    request = request.withStaleVersion();
                  }
                  MatrixHttp.Reply reply =
                      http.send(CommandSideWorld.userOf(cell.caller()), request);
                  long written = eventsOfThisRun.getAsLong() - before;
                  if (cell.allowed()) {
                    allowed.incrementAndGet();
                    allowedAnswers.merge(reply.status(), 1, Integer::sum);
                    if (reply.status() >= 500) {
                      serverErrors.add(endpoint.toString());
                    }
                    assertThat(reply.refused()).as("%s answered %s", what, reply).isFalse();
                    return;
                  }
                  refused.incrementAndGet();
                  assertThat(written).as("events written by %s", what).isZero();
                  if (rule.scopedPerRow() && rule.grantsRole(cell.caller())) {
                    assertEveryRowRefusedForScope(what, reply);
                    return;
                  }
                  assertThat(reply.status())
                      .as("%s answered %s", what, reply)
                      .isEqualTo(cell.caller().signedIn() ? 403 : 401);
                  assertThat(reply.contentType())
                      .as(what)
                      .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                }));
      }
      if (endpoint.path().equals("/api/ballots/{ballotId}/votes")) {
        cells.add(
            DynamicTest.dynamicTest(
                "a listed voter votes once: the second vote is refused and writes nothing",
                () -> {
                  long before = eventsOfThisRun.getAsLong();
                  MatrixHttp.Reply reply =
                      http.send(
                          CommandSideWorld.userOf(Role.UNIT_HEAD),
                          world.secondVoteOnOwnUnitBallot());
                  assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
                  assertThat(
                          json.readTree(reply.body()).path("errors").path(0).path("rule").asText())
                      .isEqualTo("one-vote-per-voter");
                  assertThat(eventsOfThisRun.getAsLong()).isEqualTo(before);
                }));
      }
      nodes.add(DynamicContainer.dynamicContainer(endpoint + " — " + rule.describeGrants(), cells));
    }
    nodes.add(
        DynamicTest.dynamicTest(
            "matrix cells checked",
            () -> {
              int total = allowed.get() + refused.get();
              System.out.printf(
                  "Authorization matrix, command side: %d cells checked (%d allowed, %d refused, of"
                      + " which %d with a malformed body and %d with a stale If-Match) over %d"
                      + " endpoints; allowed cells"
                      + " answered (status=count) %s; 5xx from %s%n",
                  total,
                  allowed.get(),
                  refused.get(),
                  malformed.get(),
                  stale.get(),
                  mapped.size(),
                  allowedAnswers,
                  serverErrors);
              assertThat(total).isEqualTo(generated.get());
            }));
    return nodes.stream();
  }

  /**
   * Every caller on every target, refused cells first, so an allowed call cannot change what a
   * refused one meets; and each role the rule does not name once more with a malformed body, which
   * must be refused for the role before anything reads the body; on an edit, each refused signed-in
   * caller once more with a stale If-Match, which must not tell them the record's version (403, not
   * 409).
   */
  private static List<Cell> cellsOf(Rule rule, CommandSideWorld world, boolean edit) {
    List<Cell> cells = new ArrayList<>();
    for (Caller caller : Caller.all()) {
      for (Target target : rule.targets()) {
        boolean allowed = rule.allows(caller, target);
        cells.add(new Cell(caller, target, allowed, false, false));
        if (edit && !allowed && caller.signedIn()) {
          cells.add(new Cell(caller, target, false, false, true));
        }
      }
      Target first = rule.targets().get(0);
      if (caller.signedIn()
          && rule.audience() == Rule.Audience.GRANTED_ROLES
          && !rule.grantsRole(caller)
          && world.request(rule.endpoint(), first).body() != null) {
        cells.add(new Cell(caller, first, false, true, false));
      }
    }
    cells.sort(Comparator.comparing(Cell::allowed));
    return cells;
  }

  private void assertEveryRowRefusedForScope(String what, MatrixHttp.Reply reply) throws Exception {
    assertThat(reply.status()).as("%s answered %s", what, reply).isEqualTo(200);
    JsonNode report = json.readTree(reply.body());
    assertThat(report.path("accepted").asLong()).as(reply.body()).isZero();
    assertThat(report.path("rejected").asLong()).isEqualTo(report.path("rows").asLong());
    Set<String> rules = new TreeSet<>(report.path("rejections").findValuesAsText("rule"));
    assertThat(rules).containsExactly(OUT_OF_SCOPE_RULE);
  }

  private record Cell(
      Caller caller, Target target, boolean allowed, boolean malformedBody, boolean staleVersion) {
    String name() {
      return caller
          + (target == Target.NONE ? "" : " on " + target.label())
          + (malformedBody ? " with a malformed body" : "")
          + (staleVersion ? " with a stale If-Match" : "")
          + (allowed ? " → allowed" : " → refused");
    }
  }
}
