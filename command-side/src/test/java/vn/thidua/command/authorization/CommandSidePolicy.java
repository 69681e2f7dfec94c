package vn.thidua.command.authorization;

import static vn.thidua.command.authorization.Target.COUNCIL_BALLOT_LISTING_CALLER;
import static vn.thidua.command.authorization.Target.DECIDED_IN_UNRELATED_UNIT;
import static vn.thidua.command.authorization.Target.ID_TAKEN_IN_UNRELATED_UNIT;
import static vn.thidua.command.authorization.Target.OWN_UNIT;
import static vn.thidua.command.authorization.Target.SECTOR_TITLE_IN_OWN_UNIT;
import static vn.thidua.command.authorization.Target.UNIT_BELOW;
import static vn.thidua.command.authorization.Target.UNRELATED_UNIT;
import static vn.thidua.support.security.Role.ADMIN;
import static vn.thidua.support.security.Role.ANALYST;
import static vn.thidua.support.security.Role.AUDITOR;
import static vn.thidua.support.security.Role.CLERK;
import static vn.thidua.support.security.Role.COUNCIL_MEMBER;
import static vn.thidua.support.security.Role.DECIDER;
import static vn.thidua.support.security.Role.EMULATION_OFFICER;
import static vn.thidua.support.security.Role.ORGANISER;
import static vn.thidua.support.security.Role.UNIT_HEAD;

import java.util.List;

/**
 * The command side's authorization policy, written down apart from the code's {@code @PreAuthorize}
 * annotations and domain rules: the matrix test checks the running service against it. Every
 * endpoint Spring maps must have exactly one row here.
 *
 * <p>Every caller acts for the matrix's own unit (a provincial court). Scoping in short: clerks act
 * for their unit and the units below it, unit heads sign only for their own unit, only a ballot's
 * listed voters vote, only the competent decider decides or revokes, auditors and analysts never
 * write. Organisers and administrators act for the whole sector.
 */
final class CommandSidePolicy {
  private CommandSidePolicy() {}

  private static final Target[] UNITS = {OWN_UNIT, UNIT_BELOW, UNRELATED_UNIT};
  private static final Target[] OWN_OR_BELOW = {OWN_UNIT, UNIT_BELOW};
  private static final Target[] CREATES = {
    OWN_UNIT, UNIT_BELOW, UNRELATED_UNIT, ID_TAKEN_IN_UNRELATED_UNIT
  };
  private static final Target[] DECISIONS = {
    OWN_UNIT, UNIT_BELOW, UNRELATED_UNIT, SECTOR_TITLE_IN_OWN_UNIT, DECIDED_IN_UNRELATED_UNIT
  };
  private static final Target[] AWARDS = {
    OWN_UNIT, UNIT_BELOW, UNRELATED_UNIT, SECTOR_TITLE_IN_OWN_UNIT
  };

  static final List<Rule> RULES =
      List.of(
          // signing in and the framework's own endpoints
          Rule.on("POST", "/api/auth/token").signedIn(),
          Rule.on("ANY", "/error").signedIn(),
          Rule.on("GET", "/v3/api-docs").everybody(),
          // only the paths under /v3/api-docs/ are public: the YAML twin asks for a sign-in
          Rule.on("GET", "/v3/api-docs.yaml").signedIn(),
          Rule.on("GET", "/v3/api-docs/swagger-config").everybody(),
          Rule.on("GET", "/swagger-ui.html").everybody(),
          // organisation: the sector's organisers and administrators
          Rule.on("POST", "/api/units")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(ORGANISER, UNITS)
              .granted(),
          Rule.on("POST", "/api/units/{unitId}/judge-count")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(ORGANISER, UNITS)
              .granted(),
          Rule.on("POST", "/api/units/{unitId}/staff-count")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(ORGANISER, UNITS)
              .granted(),
          Rule.on("POST", "/api/staff")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(ORGANISER, UNITS)
              .granted(),
          // erasing a person's personal data (crypto-shredding): administrators only
          Rule.on("POST", "/api/staff/{staffId}/erasure").over(UNITS).allow(ADMIN, UNITS).granted(),
          Rule.on("POST", "/api/staff/{staffId}/transfers")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(ORGANISER, UNITS)
              .granted(),
          Rule.on("POST", "/api/clusters").allow(ADMIN, ORGANISER).granted(),
          Rule.on("POST", "/api/clusters/{clusterId}/leadership").allow(ADMIN, ORGANISER).granted(),
          // covenant: organisers draft, each unit's head signs for that unit only
          Rule.on("POST", "/api/covenants").allow(ADMIN, ORGANISER).granted(),
          Rule.on("POST", "/api/covenants/{covenantId}/pledges")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(UNIT_HEAD, OWN_UNIT)
              .granted(),
          // campaigns
          Rule.on("POST", "/api/campaigns")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(ORGANISER, UNITS)
              .granted(),
          Rule.on("POST", "/api/campaigns/{campaignId}/criteria-revisions")
              .allow(ADMIN, ORGANISER)
              .granted(),
          Rule.on("POST", "/api/campaigns/{campaignId}/close").allow(ADMIN, ORGANISER).granted(),
          // caseload: clerks for their unit and the units below it
          Rule.on("POST", "/api/cases")
              .over(CREATES)
              .allow(ADMIN, CREATES)
              .allow(CLERK, OWN_OR_BELOW)
              .granted(),
          Rule.on("POST", "/api/cases/{caseId}/verdict")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(CLERK, OWN_OR_BELOW)
              .granted(),
          Rule.on("POST", "/api/cases/{caseId}/appeal-outcome")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(CLERK, OWN_OR_BELOW)
              .granted(),
          Rule.on("POST", "/api/cases/{caseId}/judgment-effective")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(CLERK, OWN_OR_BELOW)
              .granted(),
          Rule.on("POST", "/api/cases/{caseId}/publication")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(CLERK, OWN_OR_BELOW)
              .granted(),
          Rule.on("POST", "/api/court-mediations")
              .over(CREATES)
              .allow(ADMIN, CREATES)
              .allow(CLERK, OWN_OR_BELOW)
              .granted(),
          Rule.on("POST", "/api/court-mediations/{mediationId}/outcome")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(CLERK, OWN_OR_BELOW)
              .granted(),
          Rule.on("POST", "/api/judges/{judgeId}/virtual-assistant-use")
              .over(CREATES)
              .allow(ADMIN, CREATES)
              .allow(CLERK, OWN_OR_BELOW)
              .granted(),
          Rule.on("POST", "/api/imports/caseload")
              .over(UNITS)
              .allow(ADMIN, UNITS)
              .allow(CLERK, OWN_OR_BELOW)
              .scopedPerRow()
              .granted(),
          // recognition: nominate within scope, listed voters vote, the competent decider decides
          Rule.on("POST", "/api/nominations")
              .over(CREATES)
              .allow(EMULATION_OFFICER, OWN_OR_BELOW)
              .allow(UNIT_HEAD, OWN_OR_BELOW)
              .allow(ORGANISER, OWN_OR_BELOW)
              .granted(),
          Rule.on("POST", "/api/ballots").allow(ADMIN, ORGANISER).granted(),
          Rule.on("POST", "/api/ballots/{ballotId}/votes")
              .over(OWN_UNIT, UNIT_BELOW, UNRELATED_UNIT, COUNCIL_BALLOT_LISTING_CALLER)
              .allow(UNIT_HEAD, OWN_UNIT)
              .allow(COUNCIL_MEMBER, COUNCIL_BALLOT_LISTING_CALLER)
              .granted(),
          Rule.on("POST", "/api/ballots/{ballotId}/close").allow(ADMIN, ORGANISER).granted(),
          Rule.on("POST", "/api/nominations/{nominationId}/decision")
              .over(DECISIONS)
              .allow(DECIDER, OWN_OR_BELOW)
              .granted(),
          Rule.on("POST", "/api/awards/{decisionNumber}/revocation")
              .over(AWARDS)
              .allow(DECIDER, OWN_OR_BELOW)
              .granted(),
          // reading the store: audit and analysis
          Rule.on("GET", "/api/history/{aggregateType}/{aggregateId}")
              .allow(ADMIN, AUDITOR, ANALYST)
              .granted(),
          Rule.on("GET", "/api/integrity/verify").allow(ADMIN, AUDITOR).granted(),
          Rule.on("GET", "/api/integrity/head").allow(ADMIN, AUDITOR).granted());
}
