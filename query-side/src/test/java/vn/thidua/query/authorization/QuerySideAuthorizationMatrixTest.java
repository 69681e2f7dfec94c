package vn.thidua.query.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thidua.query.QuerySideIntegrationTest;
import vn.thidua.query.authorization.QuerySidePolicy.Rule;
import vn.thidua.support.authorization.Endpoint;
import vn.thidua.support.authorization.MappedEndpoints;
import vn.thidua.support.security.Role;

/**
 * Walks caller × endpoint over every endpoint Spring maps on the query side, with real HTTP against
 * the embedded stores, and checks each cell against {@link QuerySidePolicy}: every signed-in role
 * reads, only administrators start rebuilds (a refused call starts none and writes no event),
 * anonymous callers get 401. An endpoint without a rule, or a rule without an endpoint, fails.
 */
class QuerySideAuthorizationMatrixTest extends QuerySideIntegrationTest {
  /** The built-in local user of each role (password thidua-local). */
  private static final Map<Role, String> USERS = new EnumMap<>(Role.class);

  static {
    USERS.put(Role.ADMIN, "quantri");
    USERS.put(Role.ORGANISER, "totochuc.qn");
    USERS.put(Role.CLERK, "thuky.qn");
    USERS.put(Role.UNIT_HEAD, "truongdonvi.qn");
    USERS.put(Role.EMULATION_OFFICER, "thidua.qn");
    USERS.put(Role.COUNCIL_MEMBER, "uyvien.hd");
    USERS.put(Role.DECIDER, "chanhan.qn");
    USERS.put(Role.AUDITOR, "kiemtra");
    USERS.put(Role.ANALYST, "phantich");
  }

  private static final Map<String, String> PATH_VALUES =
      Map.of("readModel", "units", "rebuildId", "no-such-rebuild");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> tokens = new HashMap<>();

  @TestFactory
  Stream<DynamicNode> everyCallerOnEveryEndpoint() {
    Map<String, Rule> rules =
        QuerySidePolicy.RULES.stream()
            .collect(Collectors.toMap(Rule::endpoint, rule -> rule, (a, b) -> a));
    Set<String> mapped = mappedEndpoints();
    List<Role> callers = new ArrayList<>();
    callers.add(null);
    callers.addAll(List.of(Role.values()));
    AtomicInteger allowed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    Map<Integer, Integer> allowedAnswers = new TreeMap<>();
    List<DynamicNode> nodes = new ArrayList<>();
    nodes.add(
        DynamicTest.dynamicTest(
            "the policy has one rule per endpoint",
            () ->
                assertThat(QuerySidePolicy.RULES.stream().map(Rule::endpoint))
                    .doesNotHaveDuplicates()));
    nodes.add(
        DynamicTest.dynamicTest(
            "every policy rule names a mapped endpoint",
            () -> assertThat(mapped).containsAll(rules.keySet())));
    for (String endpoint : mapped) {
      Rule rule = rules.get(endpoint);
      if (rule == null) {
        nodes.add(
            DynamicTest.dynamicTest(
                endpoint + " has a policy rule",
                () -> {
                  throw new AssertionError(
                      endpoint + " is mapped but QuerySidePolicy has no rule for it");
                }));
        continue;
      }
      List<DynamicTest> cells = new ArrayList<>();
      for (Role caller : callers) {
        boolean allows = rule.allows(caller);
        String name =
            (caller == null ? "ANONYMOUS" : caller.name()) + (allows ? " → allowed" : " → refused");
        cells.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  String what = endpoint + " as " + name;
                  Set<String> rebuildsBefore = rebuildIds();
                  long eventsBefore = eventCount();
                  Reply reply = send(caller, rule);
                  // a rebuild started, rightly or not, runs to its end before the next cell
                  awaitRebuildStartedBy(reply);
                  if (allows) {
                    allowed.incrementAndGet();
                    allowedAnswers.merge(reply.status(), 1, Integer::sum);
                    assertThat(reply.status()).as("%s answered %s", what, reply).isNotIn(401, 403);
                    return;
                  }
                  refused.incrementAndGet();
                  assertThat(reply.status())
                      .as("%s answered %s", what, reply)
                      .isEqualTo(caller == null ? 401 : 403);
                  assertThat(reply.contentType())
                      .as(what)
                      .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                  assertThat(rebuildIds()).as("rebuilds after %s", what).isEqualTo(rebuildsBefore);
                  assertThat(eventCount()).as("events after %s", what).isEqualTo(eventsBefore);
                }));
      }
      nodes.add(DynamicContainer.dynamicContainer(endpoint + " — " + rule.describe(), cells));
    }
    nodes.add(
        DynamicTest.dynamicTest(
            "matrix cells checked",
            () -> {
              int total = allowed.get() + refused.get();
              System.out.printf(
                  "Authorization matrix, query side: %d cells checked (%d allowed, %d refused)"
                      + " over %d endpoints; allowed cells answered (status=count) %s%n",
                  total, allowed.get(), refused.get(), mapped.size(), allowedAnswers);
              assertThat(total).isEqualTo(rules.size() * callers.size());
            }));
    return nodes.stream();
  }

  private Set<String> mappedEndpoints() {
    return MappedEndpoints.of(mappings).stream()
        .map(Endpoint::toString)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** An administrator's rebuild runs to its end, so it cannot disturb the tests that follow. */
  private void awaitRebuildStartedBy(Reply reply) throws IOException {
    if (reply.status() != 202) {
      return;
    }
    String rebuildId = json.readTree(reply.body()).path("rebuildId").asText();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                json.readTree(
                        send(Role.ADMIN, "GET", "/api/read-models/rebuilds/" + rebuildId).body())
                    .path("state")
                    .asText(),
            state -> !state.matches("BUILDING|SWITCHING"));
    assertThat(
            json.readTree(send(Role.ADMIN, "GET", "/api/read-models/rebuilds/" + rebuildId).body())
                .path("state")
                .asText())
        .isEqualTo("DONE");
  }

  private Set<String> rebuildIds() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (JsonNode model : json.readTree(send(Role.ADMIN, "GET", "/api/read-models").body())) {
      ids.add(model.path("lastRebuild").path("rebuildId").asText());
    }
    return ids;
  }

  private long eventCount() {
    return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }

  private Reply send(Role caller, Rule rule) {
    String path = rule.path();
    for (String variable : List.of("readModel", "rebuildId")) {
      path = path.replace("{" + variable + "}", PATH_VALUES.get(variable));
    }
    path = path.replaceAll("\\{[^}]+}", "AZ-none");
    return send(caller, rule.method().equals("ANY") ? "GET" : rule.method(), path);
  }

  private record Reply(int status, String contentType, String body) {}

  /** A live stream answers with its headers; the matrix reads those and hangs up. */
  private Reply send(Role caller, String method, String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (caller != null) {
      request.header("Authorization", "Bearer " + token(USERS.get(caller)));
    }
    try {
      HttpResponse<InputStream> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      try (InputStream body = response.body()) {
        return new Reply(
            response.statusCode(),
            contentType,
            contentType.startsWith(MediaType.TEXT_EVENT_STREAM_VALUE)
                ? ""
                : new String(body.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private String token(String user) {
    return tokens.computeIfAbsent(
        user,
        name -> {
          try {
            HttpResponse<String> response =
                client.send(
                    HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/auth/token"))
                        .header(
                            "Authorization",
                            "Basic "
                                + Base64.getEncoder()
                                    .encodeToString(
                                        (name + ":thidua-local").getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return json.readTree(response.body()).path("access_token").asText();
          } catch (IOException failed) {
            throw new UncheckedIOException(failed);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
          }
        });
  }
}
