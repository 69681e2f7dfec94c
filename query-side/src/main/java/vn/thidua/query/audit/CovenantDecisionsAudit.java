package vn.thidua.query.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import vn.thidua.events.covenant.CovenantConcluded;
import vn.thidua.events.covenant.CovenantDrafted;
import vn.thidua.events.covenant.PledgeSigned;

/** A cluster's covenant: drafted, each member's pledge, concluded on the last signature. */
@Component
@ProcessingGroup(CampaignDecisionsAudit.PROCESSING_GROUP)
class CovenantDecisionsAudit {
  private final AuditRecorder recorder;
  private final EvidenceFile evidence;

  CovenantDecisionsAudit(AuditRecorder recorder) {
    this.recorder = recorder;
    this.evidence = recorder.evidence();
  }

  @EventHandler
  void on(CovenantDrafted event, EventMessage<?> message) {
    Map<String, Object> covenant = new LinkedHashMap<>();
    covenant.put("clusterId", event.clusterId());
    covenant.put("year", event.year());
    covenant.put("memberUnitIds", event.memberUnitIds());
    covenant.put("commitments", AuditRecorder.asList(event.commitments()));
    evidence.keep(Keys.covenant(event.covenantId()), covenant);
    recorder.record(
        message,
        Decision.of(
                event.covenantId(),
                null,
                event.memberUnitIds(),
                "Dự thảo giao ước thi đua năm " + event.year() + " của cụm " + event.clusterId())
            .withEvidence(covenant));
  }

  /** The pledge's evidence is what the unit committed to: the covenant's commitments. */
  @EventHandler
  void on(PledgeSigned event, EventMessage<?> message) {
    Map<String, Object> pledged =
        new LinkedHashMap<>(evidence.find(Keys.covenant(event.covenantId())));
    pledged.put("registeredTitles", AuditRecorder.asList(event.registeredTitles()));
    pledged.put("signerName", event.signerName());
    pledged.put("signerRole", event.signerRole());
    recorder.record(
        message,
        Decision.of(
                event.covenantId(),
                null,
                List.of(event.unitId()),
                event.unitId()
                    + " ký giao ước thi đua năm "
                    + event.year()
                    + " của cụm "
                    + event.clusterId())
            .withEvidence(pledged));
  }

  @EventHandler
  void on(CovenantConcluded event, EventMessage<?> message) {
    recorder.record(
        message,
        Decision.of(
                event.covenantId(),
                null,
                event.memberUnitIds(),
                "Giao ước thi đua năm "
                    + event.year()
                    + " của cụm "
                    + event.clusterId()
                    + " đã được tất cả thành viên ký")
            .withEvidence(evidence.find(Keys.covenant(event.covenantId()))));
  }
}
