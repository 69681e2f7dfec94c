package vn.thidua.events.covenant;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drafts the annual covenant (giao ước thi đua) of a cluster with its commitments. */
public record DraftCovenant(
    @TargetAggregateIdentifier String covenantId,
    String clusterId,
    int year,
    List<Commitment> commitments) {}
