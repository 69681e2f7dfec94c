package vn.thidua.query.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.StandingsBasis;

/**
 * Nominations with their eligibility, ballots with their tally (never who voted what), awards and
 * revocations. Each entry carries the figures it relied on: the nominee's row of the frozen
 * standings, the gate results, the ballot's result.
 */
@Component
@ProcessingGroup(CampaignDecisionsAudit.PROCESSING_GROUP)
class RecognitionDecisionsAudit {
  private final AuditRecorder recorder;
  private final EvidenceFile evidence;

  RecognitionDecisionsAudit(AuditRecorder recorder) {
    this.recorder = recorder;
    this.evidence = recorder.evidence();
  }

  @EventHandler
  void on(NominationMade event, EventMessage<?> message) {
    Map<String, Object> nomination = new LinkedHashMap<>();
    nomination.put("title", event.title().name());
    nomination.put("emulationYear", event.emulationYear());
    nomination.put("nominee", AuditRecorder.asDocument(event.nominee()));
    nomination.put("facts", event.facts() == null ? null : AuditRecorder.asDocument(event.facts()));
    putStanding(nomination, event.basis(), event.nominee());
    evidence.keep(Keys.nomination(event.nominationId()), nomination);
    recorder.record(
        message,
        Decision.of(
                event.nominationId(),
                campaignOf(event.basis()),
                unitsOf(event.nominee()),
                "Đề nghị " + nameOf(event.nominee()) + " danh hiệu " + TitleNames.of(event.title()))
            .withEvidence(nomination));
  }

  @EventHandler
  void on(NominationEligibilityAssessed event, EventMessage<?> message) {
    Map<String, Object> assessed = new LinkedHashMap<>(nomination(event.nominationId()));
    assessed.put("passed", event.passed());
    assessed.put("gates", AuditRecorder.asList(event.gates()));
    evidence.keep(Keys.nomination(event.nominationId()), assessed);
    recorder.record(
        message,
        Decision.of(
                event.nominationId(),
                campaignOf(assessed),
                unitsOf(assessed),
                event.passed() ? "Đủ điều kiện xét danh hiệu" : "Không đủ điều kiện xét danh hiệu")
            .withEvidence(assessed));
  }

  @EventHandler
  void on(BallotOpened event, EventMessage<?> message) {
    List<String> units = new ArrayList<>();
    List<Object> nominations = new ArrayList<>();
    String campaignId = null;
    for (BallotItem item : event.items()) {
      Map<String, Object> nomination = nomination(item.nominationId());
      campaignId = campaignId != null ? campaignId : campaignOf(nomination);
      unitsOf(nomination).stream().filter(u -> !units.contains(u)).forEach(units::add);
      Map<String, Object> cited = new LinkedHashMap<>(nomination);
      cited.put("nominationId", item.nominationId());
      cited.put("threshold", item.threshold() == null ? null : item.threshold().toString());
      nominations.add(cited);
    }
    Map<String, Object> ballot = new LinkedHashMap<>();
    ballot.put("voterKind", event.voterKind() == null ? null : event.voterKind().name());
    ballot.put("voters", event.voters());
    ballot.put("closesOn", String.valueOf(event.closesOn()));
    ballot.put("nominations", nominations);
    ballot.put("campaignId", campaignId);
    evidence.keep(Keys.ballot(event.ballotId()), ballot);
    recorder.record(
        message,
        Decision.of(
                event.ballotId(),
                campaignId,
                units,
                "Mở phiếu bầu "
                    + event.items().size()
                    + " đề nghị, "
                    + event.voters().size()
                    + " người bỏ phiếu")
            .withEvidence(ballot));
  }

  /** The tally is published only now; the trail never shows who voted what. */
  @EventHandler
  void on(BallotClosed event, EventMessage<?> message) {
    Map<String, Object> ballot = new LinkedHashMap<>(evidence.find(Keys.ballot(event.ballotId())));
    ballot.put("votersCount", event.voters());
    ballot.put("votesCast", event.votesCast());
    ballot.put("results", AuditRecorder.asList(event.results()));
    ballot.put("passed", event.passed());
    evidence.keep(Keys.ballot(event.ballotId()), ballot);
    List<String> units = new ArrayList<>();
    for (BallotResult result : event.results()) {
      unitsOf(nomination(result.nominationId())).stream()
          .filter(u -> !units.contains(u))
          .forEach(units::add);
    }
    recorder.record(
        message,
        Decision.of(
                event.ballotId(),
                (String) ballot.get("campaignId"),
                units,
                "Kiểm phiếu: "
                    + event.votesCast()
                    + "/"
                    + event.voters()
                    + " phiếu, "
                    + (event.passed() ? "đạt" : "không đạt"))
            .withEvidence(ballot));
  }

  @EventHandler
  void on(AwardDecided event, EventMessage<?> message) {
    Map<String, Object> award = new LinkedHashMap<>();
    award.put("decisionNumber", event.decisionNumber());
    award.put("decidedOn", String.valueOf(event.decidedOn()));
    award.put("signer", event.signer());
    award.put("deciderUnitId", event.deciderUnitId());
    award.put("decidedExternally", event.decidedExternally());
    award.put("gates", AuditRecorder.asList(event.gates()));
    award.put("ballotResult", ballotResultOf(event.ballotId(), event.nominationId()));
    putStanding(award, event.basis(), event.nominee());
    evidence.keep(Keys.award(event.nominationId()), award);
    List<String> units = new ArrayList<>(unitsOf(event.nominee()));
    if (event.deciderUnitId() != null && !units.contains(event.deciderUnitId())) {
      units.add(event.deciderUnitId());
    }
    recorder.record(
        message,
        Decision.of(
                event.nominationId(),
                campaignOf(event.basis()),
                units,
                "Quyết định số "
                    + event.decisionNumber()
                    + " tặng "
                    + TitleNames.of(event.title())
                    + " cho "
                    + nameOf(event.nominee()))
            .withEvidence(award));
  }

  @EventHandler
  void on(AwardRevoked event, EventMessage<?> message) {
    Map<String, Object> revoked = new LinkedHashMap<>();
    revoked.put("ground", event.ground() == null ? null : event.ground().name());
    revoked.put("revokedOn", String.valueOf(event.revokedOn()));
    Map<String, Object> award = evidence.find(Keys.award(event.nominationId()));
    revoked.put("award", award);
    recorder.record(
        message,
        Decision.of(
                event.nominationId(),
                campaignOf(award),
                unitsOf(event.nominee()),
                "Thu hồi quyết định số "
                    + event.decisionNumber()
                    + " ("
                    + TitleNames.of(event.title())
                    + " của "
                    + nameOf(event.nominee())
                    + ")")
            .because(event.reason())
            .withEvidence(revoked));
  }

  private Map<String, Object> nomination(String nominationId) {
    return evidence.find(Keys.nomination(nominationId));
  }

  /** The nominee's row of the frozen standings the nomination cites, if any. */
  @SuppressWarnings("unchecked")
  private void putStanding(Map<String, Object> into, StandingsBasis basis, Nominee nominee) {
    if (basis == null) {
      return;
    }
    into.put("basis", AuditRecorder.asDocument(basis));
    Object rows =
        evidence.find(Keys.standings(basis.campaignId(), basis.phaseId())).get("standings");
    if (rows instanceof List<?> standings && nominee != null) {
      standings.stream()
          .map(row -> (Map<String, Object>) row)
          .filter(row -> Objects.equals(row.get("unitId"), nominee.unitId()))
          .findFirst()
          .ifPresent(row -> into.put("standing", row));
    }
  }

  @SuppressWarnings("unchecked")
  private Object ballotResultOf(String ballotId, String nominationId) {
    if (ballotId == null) {
      return null;
    }
    Object results = evidence.find(Keys.ballot(ballotId)).get("results");
    if (!(results instanceof List<?> list)) {
      return null;
    }
    return list.stream()
        .map(row -> (Map<String, Object>) row)
        .filter(row -> Objects.equals(row.get("nominationId"), nominationId))
        .findFirst()
        .orElse(null);
  }

  private static String campaignOf(StandingsBasis basis) {
    return basis == null ? null : basis.campaignId();
  }

  @SuppressWarnings("unchecked")
  private static String campaignOf(Map<String, Object> nomination) {
    Object basis = nomination.get("basis");
    return basis instanceof Map<?, ?> map
        ? (String) ((Map<String, Object>) map).get("campaignId")
        : null;
  }

  private static List<String> unitsOf(Nominee nominee) {
    return nominee == null || nominee.unitId() == null ? List.of() : List.of(nominee.unitId());
  }

  @SuppressWarnings("unchecked")
  private static List<String> unitsOf(Map<String, Object> nomination) {
    Object nominee = nomination.get("nominee");
    if (nominee instanceof Map<?, ?> map && map.get("unitId") != null) {
      return List.of((String) ((Map<String, Object>) map).get("unitId"));
    }
    return List.of();
  }

  /**
   * A unit by its name, a person by their id only: the audit trail is kept for years and must not
   * hold a name that its person may have erased (their events keep it sealed; see
   * docs/features/personal-data.md).
   */
  private static String nameOf(Nominee nominee) {
    if (nominee == null) {
      return "?";
    }
    if (nominee.personId() != null) {
      return "cá nhân " + nominee.personId();
    }
    return nominee.name() != null ? nominee.name() : nominee.unitId();
  }
}
