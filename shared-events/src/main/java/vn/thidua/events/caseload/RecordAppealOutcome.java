package vn.thidua.events.caseload;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The higher court decided on the judgment. {@code scope} and {@code cause} are given when it was
 * amended or annulled and left out when it was upheld.
 */
public record RecordAppealOutcome(
    @TargetAggregateIdentifier String caseId,
    LocalDate decidedOn,
    AppealResult result,
    AppealScope scope,
    AppealCause cause,
    String reason) {}
