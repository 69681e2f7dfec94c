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
import vn.thidua.events.caseload.CourtMediationOutcome;
import vn.thidua.events.caseload.CourtMediationOutcomeRecorded;
import vn.thidua.events.caseload.JudgmentPublished;
import vn.thidua.events.caseload.JudgmentTookEffect;
import vn.thidua.events.caseload.MatterTransferredToCourtMediation;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.caseload.VirtualAssistantUseCorrected;
import vn.thidua.events.caseload.VirtualAssistantUseRecorded;
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
        event.carriedOver(),
        event.statutoryDeadline());
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
        event.modelTrial(),
        event.statutoryDeadline());
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
  void on(JudgmentTookEffect event) {
    tally.judgmentTookEffect(event.caseId(), event.effectiveOn());
  }

  @EventHandler
  void on(JudgmentPublished event) {
    tally.judgmentPublished(event.caseId(), event.late());
  }

  @EventHandler
  void on(MatterTransferredToCourtMediation event) {
    tally.courtMediationTransferred(event.mediationId(), event.unitId(), event.receivedOn());
  }

  @EventHandler
  void on(CourtMediationOutcomeRecorded event) {
    tally.courtMediationConcluded(
        event.mediationId(),
        event.unitId(),
        event.receivedOn(),
        event.concludedOn(),
        event.outcome() == CourtMediationOutcome.SUCCESS);
  }

  @EventHandler
  void on(VirtualAssistantUseRecorded event) {
    tally.virtualAssistantUsed(
        event.judgeId(), event.unitId(), event.month(), event.questionsAndAnswersContributed());
  }

  @EventHandler
  void on(VirtualAssistantUseCorrected event) {
    tally.virtualAssistantUsed(
        event.judgeId(), event.unitId(), event.month(), event.questionsAndAnswersContributed());
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
