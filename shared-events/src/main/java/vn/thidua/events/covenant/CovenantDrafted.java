package vn.thidua.events.covenant;

import java.util.List;

/** The members are copied from the cluster when drafting: they are the units that must sign. */
public record CovenantDrafted(
    String covenantId,
    String clusterId,
    int year,
    List<String> memberUnitIds,
    List<Commitment> commitments) {}
