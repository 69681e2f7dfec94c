package vn.thidua.events.caseload;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A dispute was transferred to the court's mediators before it was filed as a case (Luật Hòa giải,
 * đối thoại tại Tòa án 2020).
 */
public record TransferToCourtMediation(
    String mediationId, String unitId, LocalDate receivedOn, CaseType disputeType) {

  @TargetAggregateIdentifier
  public String streamId() {
    return StreamIds.courtMediation(mediationId);
  }
}
