package vn.thidua.query.leaderboard;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.events.campaign.AdjustmentFigure;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.scoring.UnitCounts;

/**
 * One unit's standing and why: score = criteriaPoints + bonus − penalty, each criterion's actual
 * figure, target, achievement and points, each bonus or penalty applied, the eligibility gates it
 * fails and those without a figure yet, and the raw counts of the period they come from.
 */
public record LiveLeaderboardRow(
    int rank,
    String unitId,
    String unitName,
    long accepted,
    long resolved,
    BigDecimal resolutionRatePercent,
    BigDecimal score,
    BigDecimal criteriaPoints,
    BigDecimal bonus,
    BigDecimal penalty,
    List<CriterionFigure> figures,
    List<AdjustmentFigure> adjustments,
    List<String> failedGates,
    List<String> uncheckedGates,
    UnitCounts counts) {}
