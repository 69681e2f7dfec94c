package vn.thidua.events.organisation;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Forms an emulation cluster (cụm thi đua) for one emulation year: membership, chair (cụm trưởng)
 * and deputy (cụm phó) change every year, so a cluster id names one cluster in one year, for
 * example {@code CUM-IV-2024}.
 */
public record FormCluster(
    @TargetAggregateIdentifier String clusterId,
    int emulationYear,
    String name,
    List<String> memberUnitIds,
    String chairUnitId,
    String deputyUnitId) {}
