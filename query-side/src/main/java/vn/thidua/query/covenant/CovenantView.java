package vn.thidua.query.covenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.covenant.Commitment;

/**
 * The annual covenant (giao ước thi đua) of a cluster: its commitments (chỉ tiêu), the pledges
 * signed so far in signing order, the members still to sign, and whether and when it concluded.
 */
public record CovenantView(
    String covenantId,
    String clusterId,
    int year,
    List<String> memberUnitIds,
    List<Commitment> commitments,
    List<Pledge> pledges,
    List<String> unsignedUnitIds,
    boolean concluded,
    LocalDate concludedOn,
    Instant draftedAt) {}
