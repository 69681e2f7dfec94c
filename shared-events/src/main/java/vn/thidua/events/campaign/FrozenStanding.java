package vn.thidua.events.campaign;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's standing when its phase closed, with every figure that explains it: score = criteria
 * points + bonus − penalty. Eligibility gates (for example an annulled rate above the limit) are
 * kept apart from the score: {@code failedGates} lists those failed (e.g. {@code
 * ANNULLED_AMENDED_RATE <= 1.5}), {@code uncheckedGates} those the system has no figure for yet.
 */
public record FrozenStanding(
    int rank,
    String unitId,
    long accepted,
    long resolved,
    BigDecimal score,
    List<CriterionFigure> figures,
    List<String> failedGates,
    BigDecimal resolutionRate,
    BigDecimal criteriaPoints,
    BigDecimal bonus,
    BigDecimal penalty,
    List<AdjustmentFigure> adjustments,
    List<String> uncheckedGates) {
  public FrozenStanding(
      int rank,
      String unitId,
      long accepted,
      long resolved,
      BigDecimal score,
      List<CriterionFigure> figures,
      List<String> failedGates) {
    this(
        rank,
        unitId,
        accepted,
        resolved,
        score,
        figures,
        failedGates,
        null,
        score,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        List.of(),
        List.of());
  }
}
