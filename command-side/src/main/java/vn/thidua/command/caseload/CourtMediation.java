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
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.CourtMediationAlreadyTransferred;
import vn.thidua.events.caseload.CourtMediationOutcomeAlreadyRecorded;
import vn.thidua.events.caseload.CourtMediationOutcomeRecorded;
import vn.thidua.events.caseload.DateInFuture;
import vn.thidua.events.caseload.MatterTransferredToCourtMediation;
import vn.thidua.events.caseload.MediationConcludedBeforeReceipt;
import vn.thidua.events.caseload.NotOpenToCourtMediation;
import vn.thidua.events.caseload.RecordCourtMediationOutcome;
import vn.thidua.events.caseload.StreamIds;
import vn.thidua.events.caseload.TransferToCourtMediation;

/**
 * A dispute handed to the court's mediators before it was filed (hòa giải, đối thoại tại Tòa án):
 * it is not a case, and a successful one never becomes one.
 */
@Aggregate
class CourtMediation {
  @AggregateIdentifier private String streamId;
  private String mediationId;
  private String unitId;
  private CaseType disputeType;
  private LocalDate receivedOn;
  private boolean concluded;

  CourtMediation() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(
      TransferToCourtMediation command,
      UnitDirectory directory,
      CaseloadProperties caseload,
      MetaData metaData,
      Clock clock) {
    if (mediationId != null) {
      // a mediation of a unit out of the caller's scope is refused, not confirmed to exist
      directory.requireInScope("mediationId", unitId, Actor.from(metaData));
      throw new CourtMediationAlreadyTransferred(command.mediationId());
    }
    directory.requireRegistered("unitId", command.unitId());
    directory.requireInScope("unitId", command.unitId(), Actor.from(metaData));
    if (!caseload.openToCourtMediation(command.disputeType())) {
      throw new NotOpenToCourtMediation(command.disputeType());
    }
    if (command.receivedOn().isAfter(LocalDate.now(clock))) {
      throw new DateInFuture("receivedOn");
    }
    apply(
        new MatterTransferredToCourtMediation(
            command.mediationId(), command.unitId(), command.receivedOn(), command.disputeType()));
  }

  @CommandHandler
  void handle(
      RecordCourtMediationOutcome command,
      UnitDirectory directory,
      MetaData metaData,
      Clock clock) {
    directory.requireInScope("mediationId", unitId, Actor.from(metaData));
    if (concluded) {
      throw new CourtMediationOutcomeAlreadyRecorded(mediationId);
    }
    if (command.concludedOn().isBefore(receivedOn)) {
      throw new MediationConcludedBeforeReceipt(receivedOn);
    }
    if (command.concludedOn().isAfter(LocalDate.now(clock))) {
      throw new DateInFuture("concludedOn");
    }
    apply(
        new CourtMediationOutcomeRecorded(
            mediationId,
            unitId,
            disputeType,
            receivedOn,
            command.concludedOn(),
            command.outcome()));
  }

  @EventSourcingHandler
  void on(MatterTransferredToCourtMediation event) {
    streamId = StreamIds.courtMediation(event.mediationId());
    mediationId = event.mediationId();
    unitId = event.unitId();
    disputeType = event.disputeType();
    receivedOn = event.receivedOn();
  }

  @EventSourcingHandler
  void on(CourtMediationOutcomeRecorded event) {
    concluded = true;
  }
}
