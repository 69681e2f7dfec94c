package vn.thidua.command.campaign.tally;

import java.math.BigDecimal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealOutcomeRecorded;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
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
  void on(AppealOutcomeRecorded event) {
    tally.appealDecided(event.caseId(), event.decidedOn(), annulledAmendedWeight(event));
  }

  /** Whole subjective annulments and amendments count 1, partial ones half: two make one. */
  static BigDecimal annulledAmendedWeight(AppealOutcomeRecorded event) {
    if (event.result() == AppealResult.UPHELD || event.cause() != AppealCause.SUBJECTIVE) {
      return BigDecimal.ZERO;
    }
    return event.scope() == AppealScope.PARTIAL ? new BigDecimal("0.5") : BigDecimal.ONE;
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
