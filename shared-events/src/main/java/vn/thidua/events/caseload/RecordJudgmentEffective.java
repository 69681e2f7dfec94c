package vn.thidua.events.caseload;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The judgment took legal effect (có hiệu lực pháp luật). */
public record RecordJudgmentEffective(
    @TargetAggregateIdentifier String caseId, LocalDate effectiveOn) {}
