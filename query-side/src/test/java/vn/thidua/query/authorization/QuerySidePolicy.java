package vn.thidua.query.authorization;

import java.util.List;
import java.util.Set;
import vn.thidua.support.security.Role;

/**
 * The query side's authorization policy, written down apart from the code: every signed-in user
 * reads every read model (no unit scoping on reads) except the staff directory with its names
 * (administrators, organisers, auditors), only administrators rebuild read models, and nobody reads
 * without signing in except the public documentation and the UI's configuration. Every endpoint
 * Spring maps must have exactly one rule here.
 */
final class QuerySidePolicy {
  private QuerySidePolicy() {}

  enum Audience {
    EVERYBODY,
    SIGNED_IN,
    GRANTED_ROLES
  }

  record Rule(String method, String path, Audience audience, Set<Role> roles) {
    boolean allows(Role caller) {
      return switch (audience) {
        case EVERYBODY -> true;
        case SIGNED_IN -> caller != null;
        case GRANTED_ROLES -> caller != null && roles.contains(caller);
      };
    }

    String endpoint() {
      return method + " " + path;
    }

    String describe() {
      return switch (audience) {
        case EVERYBODY -> "everybody, also without signing in";
        case SIGNED_IN -> "every signed-in user";
        case GRANTED_ROLES -> String.join(", ", roles.stream().map(Role::name).sorted().toList());
      };
    }
  }

  private static Rule read(String path) {
    return new Rule("GET", path, Audience.SIGNED_IN, Set.of());
  }

  private static Rule open(String path) {
    return new Rule("GET", path, Audience.EVERYBODY, Set.of());
  }

  private static Rule onlyFor(String method, String path, Role... roles) {
    return new Rule(method, path, Audience.GRANTED_ROLES, Set.of(roles));
  }

  static final List<Rule> RULES =
      List.of(
          new Rule("POST", "/api/auth/token", Audience.SIGNED_IN, Set.of()),
          new Rule("ANY", "/error", Audience.SIGNED_IN, Set.of()),
          open("/v3/api-docs"),
          // only the paths under /v3/api-docs/ are public: the YAML twin asks for a sign-in
          read("/v3/api-docs.yaml"),
          open("/v3/api-docs/swagger-config"),
          open("/swagger-ui.html"),
          open("/ui/config.json"),
          // writes: rebuilding read models, administrators only (never auditors or analysts)
          onlyFor("POST", "/api/read-models/rebuild", Role.ADMIN),
          onlyFor("POST", "/api/read-models/{readModel}/rebuild", Role.ADMIN),
          // reads
          read("/api/audit"),
          read("/api/campaigns"),
          read("/api/campaigns/{campaignId}"),
          read("/api/campaigns/{campaignId}/leaderboard"),
          read("/api/campaigns/{campaignId}/leaderboard/as-of"),
          read("/api/campaigns/{campaignId}/leaderboard/stream"),
          read("/api/campaigns/{campaignId}/standings"),
          read("/api/campaigns/{campaignId}/standings/{phaseId}"),
          read("/api/campaigns/{campaignId}/standings/{phaseId}/rows"),
          read("/api/clusters"),
          read("/api/clusters/{clusterId}"),
          read("/api/covenants"),
          read("/api/covenants/{covenantId}"),
          read("/api/processors"),
          read("/api/read-models"),
          read("/api/read-models/{readModel}/rebuild"),
          read("/api/read-models/rebuilds/{rebuildId}"),
          read("/api/recognition/awards"),
          read("/api/recognition/awards/{decisionNumber}"),
          read("/api/recognition/ballots"),
          read("/api/recognition/ballots/{ballotId}"),
          read("/api/recognition/nominations"),
          read("/api/recognition/nominations/{nominationId}"),
          // staff names are personal data: only those who administer or inspect staff read them
          onlyFor("GET", "/api/staff", Role.ADMIN, Role.ORGANISER, Role.AUDITOR),
          read("/api/statistics/caseload"),
          read("/api/units"),
          read("/api/units/{unitId}/judges"),
          read("/api/units/{unitId}/scorecard"),
          read("/api/units/{unitId}/scorecard/as-of"),
          read("/api/units/{unitId}/scorecard/stream"));
}
