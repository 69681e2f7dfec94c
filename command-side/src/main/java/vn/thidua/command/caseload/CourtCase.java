package vn.thidua.command.caseload;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.command.messaging.Actor;
import vn.thidua.command.organisation.UnitDirectory;
import vn.thidua.events.caseload.AcceptCase;
import vn.thidua.events.caseload.AppealDetailsMissing;
import vn.thidua.events.caseload.AppealDetailsNotApplicable;
import vn.thidua.events.caseload.AppealOutcomeAlreadyRecorded;
import vn.thidua.events.caseload.AppealOutcomeRecorded;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseAlreadyAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.DateBeforeVerdict;
import vn.thidua.events.caseload.DateInFuture;
import vn.thidua.events.caseload.JudgmentAlreadyEffective;
import vn.thidua.events.caseload.JudgmentAlreadyPublished;
import vn.thidua.events.caseload.JudgmentNotEffective;
import vn.thidua.events.caseload.JudgmentPublished;
import vn.thidua.events.caseload.JudgmentTookEffect;
import vn.thidua.events.caseload.PublicationBeforeEffect;
import vn.thidua.events.caseload.PublishJudgment;
import vn.thidua.events.caseload.RecordAppealOutcome;
import vn.thidua.events.caseload.RecordJudgmentEffective;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.VerdictAlreadyRecorded;
import vn.thidua.events.caseload.VerdictBeforeAcceptance;
import vn.thidua.events.caseload.VerdictNotRecorded;
import vn.thidua.events.caseload.VerdictRecorded;

/**
 * A case (vụ việc) a court unit accepted (thụ lý): its verdict, the appeal outcome, the day its
 * judgment took legal effect and its publication on the portal.
 */
@Aggregate
class CourtCase {
  @AggregateIdentifier private String caseId;
  private String unitId;
  private CaseType caseType;
  private LocalDate acceptedOn;
  private LocalDate statutoryDeadline;
  private LocalDate resolvedOn;
  private String presidingJudgeId;
  private boolean appealDecided;
  private LocalDate effectiveOn;
  private boolean published;

  CourtCase() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(
      AcceptCase command,
      UnitDirectory directory,
      CaseloadProperties caseload,
      MetaData metaData,
      Clock clock) {
    if (caseId != null) {
      // a case of a unit out of the caller's scope is refused, not confirmed to exist
      directory.requireInScope("caseId", unitId, Actor.from(metaData));
      throw new CaseAlreadyAccepted(command.caseId());
    }
    directory.requireRegistered("unitId", command.unitId());
    directory.requireInScope("unitId", command.unitId(), Actor.from(metaData));
    if (command.acceptedOn().isAfter(LocalDate.now(clock))) {
      throw new DateInFuture("acceptedOn");
    }
    apply(
        new CaseAccepted(
            command.caseId(),
            command.unitId(),
            command.caseType(),
            command.acceptedOn(),
            command.carriedOver(),
            caseload.statutoryDeadline(command.caseType(), command.acceptedOn())));
  }

  @CommandHandler
  void handle(RecordVerdict command, UnitDirectory directory, MetaData metaData, Clock clock) {
    directory.requireInScope("caseId", unitId, Actor.from(metaData));
    if (resolvedOn != null) {
      throw new VerdictAlreadyRecorded(caseId);
    }
    if (command.presidingJudgeId() != null) {
      JudgeIds.requireWellFormed("presidingJudgeId", command.presidingJudgeId());
    }
    if (command.resolvedOn().isBefore(acceptedOn)) {
      throw new VerdictBeforeAcceptance(acceptedOn);
    }
    if (command.resolvedOn().isAfter(LocalDate.now(clock))) {
      throw new DateInFuture("resolvedOn");
    }
    apply(
        new VerdictRecorded(
            caseId,
            unitId,
            caseType,
            acceptedOn,
            command.resolvedOn(),
            command.outcome(),
            command.onlineTrial(),
            command.modelTrial(),
            command.presidingJudgeId(),
            statutoryDeadline));
  }

  @CommandHandler
  void handle(
      RecordAppealOutcome command, UnitDirectory directory, MetaData metaData, Clock clock) {
    directory.requireInScope("caseId", unitId, Actor.from(metaData));
    if (appealDecided) {
      throw new AppealOutcomeAlreadyRecorded(caseId);
    }
    requireVerdictBefore("decidedOn", command.decidedOn(), clock);
    if (command.result() == AppealResult.UPHELD) {
      if (command.scope() != null) {
        throw new AppealDetailsNotApplicable("scope");
      }
      if (command.cause() != null) {
        throw new AppealDetailsNotApplicable("cause");
      }
    } else {
      if (command.scope() == null) {
        throw new AppealDetailsMissing("scope");
      }
      if (command.cause() == null) {
        throw new AppealDetailsMissing("cause");
      }
    }
    apply(
        new AppealOutcomeRecorded(
            caseId,
            unitId,
            caseType,
            resolvedOn,
            presidingJudgeId,
            command.decidedOn(),
            command.result(),
            command.scope(),
            command.cause(),
            command.reason()));
  }

  @CommandHandler
  void handle(
      RecordJudgmentEffective command, UnitDirectory directory, MetaData metaData, Clock clock) {
    directory.requireInScope("caseId", unitId, Actor.from(metaData));
    if (effectiveOn != null) {
      throw new JudgmentAlreadyEffective(caseId);
    }
    requireVerdictBefore("effectiveOn", command.effectiveOn(), clock);
    apply(new JudgmentTookEffect(caseId, unitId, caseType, resolvedOn, command.effectiveOn()));
  }

  @CommandHandler
  void handle(
      PublishJudgment command,
      UnitDirectory directory,
      CaseloadProperties caseload,
      MetaData metaData,
      Clock clock) {
    directory.requireInScope("caseId", unitId, Actor.from(metaData));
    if (published) {
      throw new JudgmentAlreadyPublished(caseId);
    }
    if (effectiveOn == null) {
      throw new JudgmentNotEffective(caseId);
    }
    if (command.publishedOn().isBefore(effectiveOn)) {
      throw new PublicationBeforeEffect(effectiveOn);
    }
    if (command.publishedOn().isAfter(LocalDate.now(clock))) {
      throw new DateInFuture("publishedOn");
    }
    apply(
        new JudgmentPublished(
            caseId,
            unitId,
            caseType,
            effectiveOn,
            command.publishedOn(),
            command.portalUrl(),
            caseload.publishedLate(effectiveOn, command.publishedOn())));
  }

  /** What follows a verdict needs one, dated no earlier than it and not in the future. */
  private void requireVerdictBefore(String field, LocalDate date, Clock clock) {
    if (resolvedOn == null) {
      throw new VerdictNotRecorded(caseId);
    }
    if (date.isBefore(resolvedOn)) {
      throw new DateBeforeVerdict(field, resolvedOn);
    }
    if (date.isAfter(LocalDate.now(clock))) {
      throw new DateInFuture(field);
    }
  }

  @EventSourcingHandler
  void on(CaseAccepted event) {
    caseId = event.caseId();
    unitId = event.unitId();
    caseType = event.caseType();
    acceptedOn = event.acceptedOn();
    statutoryDeadline = event.statutoryDeadline();
  }

  @EventSourcingHandler
  void on(VerdictRecorded event) {
    resolvedOn = event.resolvedOn();
    presidingJudgeId = event.presidingJudgeId();
  }

  @EventSourcingHandler
  void on(AppealOutcomeRecorded event) {
    appealDecided = true;
  }

  @EventSourcingHandler
  void on(JudgmentTookEffect event) {
    effectiveOn = event.effectiveOn();
  }

  @EventSourcingHandler
  void on(JudgmentPublished event) {
    published = true;
  }
}
