package vn.thidua.events.caseload;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordVerdict(
    @TargetAggregateIdentifier String caseId,
    LocalDate resolvedOn,
    VerdictOutcome outcome,
    boolean onlineTrial,
    boolean modelTrial,
    String presidingJudgeId) {}
