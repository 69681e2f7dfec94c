package vn.thidua.events.campaign;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's standing when its phase closed, with every figure that explains it. Eligibility gates
 * (for example an annulled rate above the limit) are kept apart from the score.
 */
public record FrozenStanding(
    int rank,
    String unitId,
    long accepted,
    long resolved,
    BigDecimal score,
    List<CriterionFigure> figures,
    List<String> failedGates) {}
