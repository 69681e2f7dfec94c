package vn.thidua.events.caseload;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The judgment was published on the courts' portal (công bố bản án); the URL is optional. */
public record PublishJudgment(
    @TargetAggregateIdentifier String caseId, LocalDate publishedOn, String portalUrl) {}
