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
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseAlreadyAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.DateInFuture;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.VerdictAlreadyRecorded;
import vn.thidua.events.caseload.VerdictBeforeAcceptance;
import vn.thidua.events.caseload.VerdictRecorded;

/** A case (vụ việc) a court unit accepted (thụ lý), until its verdict. */
@Aggregate
class CourtCase {
  @AggregateIdentifier private String caseId;
  private String unitId;
  private CaseType caseType;
  private LocalDate acceptedOn;
  private boolean resolved;

  CourtCase() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(AcceptCase command, UnitDirectory directory, MetaData metaData, Clock clock) {
    if (caseId != null) {
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
            command.carriedOver()));
  }

  @CommandHandler
  void handle(RecordVerdict command, UnitDirectory directory, MetaData metaData, Clock clock) {
    directory.requireInScope("caseId", unitId, Actor.from(metaData));
    if (resolved) {
      throw new VerdictAlreadyRecorded(caseId);
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
            command.presidingJudgeId()));
  }

  @EventSourcingHandler
  void on(CaseAccepted event) {
    caseId = event.caseId();
    unitId = event.unitId();
    caseType = event.caseType();
    acceptedOn = event.acceptedOn();
  }

  @EventSourcingHandler
  void on(VerdictRecorded event) {
    resolved = true;
  }
}
