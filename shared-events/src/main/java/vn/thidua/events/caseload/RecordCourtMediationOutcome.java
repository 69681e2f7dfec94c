package vn.thidua.events.caseload;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordCourtMediationOutcome(
    String mediationId, LocalDate concludedOn, CourtMediationOutcome outcome) {

  @TargetAggregateIdentifier
  public String streamId() {
    return StreamIds.courtMediation(mediationId);
  }
}
