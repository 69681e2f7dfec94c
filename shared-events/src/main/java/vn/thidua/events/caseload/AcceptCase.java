package vn.thidua.events.caseload;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Thụ lý: a unit takes a case on; carried-over cases come from the previous year. */
public record AcceptCase(
    @TargetAggregateIdentifier String caseId,
    String unitId,
    CaseType caseType,
    LocalDate acceptedOn,
    boolean carriedOver) {}
