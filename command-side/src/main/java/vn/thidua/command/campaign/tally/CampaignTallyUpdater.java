package vn.thidua.command.campaign.tally;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.organisation.JudgeCountChanged;
import vn.thidua.events.organisation.UnitRegistered;

/** Keeps the tally in the caseload command's own transaction (subscribing processor). */
@Component
@ProcessingGroup("campaign-tally")
class CampaignTallyUpdater {
  private final JdbcCampaignTally tally;

  CampaignTallyUpdater(JdbcCampaignTally tally) {
    this.tally = tally;
  }

  @EventHandler
  void on(CaseAccepted event) {
    tally.caseAccepted(
        event.caseId(),
        event.unitId(),
        event.caseType().name(),
        event.acceptedOn(),
        event.carriedOver());
  }

  @EventHandler
  void on(VerdictRecorded event) {
    tally.verdictRecorded(
        event.caseId(),
        event.unitId(),
        event.caseType().name(),
        event.acceptedOn(),
        event.resolvedOn(),
        event.outcome().name(),
        event.onlineTrial(),
        event.modelTrial());
  }

  @EventHandler
  void on(UnitRegistered event) {
    tally.judgesSince(event.unitId(), null, event.judges());
  }

  @EventHandler
  void on(JudgeCountChanged event) {
    tally.judgesSince(event.unitId(), event.effectiveFrom(), event.judges());
  }
}
