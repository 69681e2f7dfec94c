package vn.thidua.query.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import vn.thidua.events.campaign.CampaignClosed;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.CriteriaRevised;
import vn.thidua.events.campaign.PhaseStandingsFrozen;

/** Launching, revising and closing campaigns, and the standings frozen at each phase's end. */
@Component
@ProcessingGroup(CampaignDecisionsAudit.PROCESSING_GROUP)
class CampaignDecisionsAudit {
  static final String PROCESSING_GROUP = "audit-trail";

  private final AuditRecorder recorder;
  private final EvidenceFile evidence;

  CampaignDecisionsAudit(AuditRecorder recorder) {
    this.recorder = recorder;
    this.evidence = recorder.evidence();
  }

  @EventHandler
  void on(CampaignLaunched event, EventMessage<?> message) {
    List<String> unitIds = new ArrayList<>();
    unitIds.add(event.organiserUnitId());
    event.participantUnitIds().stream()
        .filter(unit -> !unitIds.contains(unit))
        .forEach(unitIds::add);
    evidence.keep(Keys.campaign(event.campaignId()), Map.of("unitIds", unitIds));
    Map<String, Object> scoringTable = new LinkedHashMap<>();
    scoringTable.put("phases", AuditRecorder.asList(event.phases()));
    scoringTable.put("criteria", AuditRecorder.asList(event.criteria()));
    scoringTable.put("adjustments", AuditRecorder.asList(event.adjustments()));
    scoringTable.put("gates", AuditRecorder.asList(event.gates()));
    recorder.record(
        message,
        Decision.of(
                event.campaignId(),
                event.campaignId(),
                unitIds,
                "Phát động phong trào thi đua «" + event.title() + "»")
            .because(event.reason())
            .withEvidence(scoringTable));
  }

  @EventHandler
  void on(CriteriaRevised event, EventMessage<?> message) {
    Map<String, Object> revised = new LinkedHashMap<>();
    revised.put("phaseId", event.phaseId());
    revised.put("criteria", AuditRecorder.asList(event.criteria()));
    revised.put("adjustments", AuditRecorder.asList(event.adjustments()));
    revised.put("gates", AuditRecorder.asList(event.gates()));
    recorder.record(
        message,
        Decision.of(
                event.campaignId(),
                event.campaignId(),
                unitsOf(event.campaignId()),
                "Sửa đổi bảng chấm điểm từ đợt «" + event.phaseId() + "»")
            .because(event.reason())
            .withEvidence(revised));
  }

  /** The frozen standings are the evidence of every later decision that cites this phase. */
  @EventHandler
  void on(PhaseStandingsFrozen event, EventMessage<?> message) {
    Map<String, Object> standings = new LinkedHashMap<>();
    standings.put("campaignId", event.campaignId());
    standings.put("phaseId", event.phaseId());
    standings.put("endedOn", event.endedOn().toString());
    standings.put("standings", AuditRecorder.asList(event.standings()));
    evidence.keep(Keys.standings(event.campaignId(), event.phaseId()), standings);
    recorder.record(
        message,
        Decision.of(
                event.campaignId(),
                event.campaignId(),
                unitsOf(event.campaignId()),
                "Chốt kết quả đợt «" + event.phaseId() + "» ngày " + event.endedOn())
            .because("Đợt thi đua kết thúc ngày " + event.endedOn())
            .withEvidence(standings));
  }

  @EventHandler
  void on(CampaignClosed event, EventMessage<?> message) {
    recorder.record(
        message,
        Decision.of(
                event.campaignId(),
                event.campaignId(),
                unitsOf(event.campaignId()),
                "Kết thúc phong trào thi đua ngày " + event.closedOn())
            .because(event.reason())
            .withEvidence(Map.of("cancelledPhaseIds", event.cancelledPhaseIds())));
  }

  @ResetHandler
  void reset() {
    recorder.clear();
  }

  /** The organiser and participants, as filed with the launch (events arrive in order). */
  @SuppressWarnings("unchecked")
  private List<String> unitsOf(String campaignId) {
    Object units = evidence.find(Keys.campaign(campaignId)).get("unitIds");
    return units == null ? List.of() : List.copyOf((List<String>) units);
  }
}
