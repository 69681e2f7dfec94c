package vn.thidua.query.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.campaign.AdjustmentFigure;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.scoring.UnitCounts;

/**
 * A unit's figures in a campaign period: against the campaign's targets (its leaderboard row, with
 * its rank among all participants), against the commitments the unit pledged for the year, and
 * month by month; for a court with lower courts, also the figures of all of them together (TAND 2
 * cấp).
 */
public record UnitScorecardView(
    String unitId,
    String unitName,
    String campaignId,
    String campaignTitle,
    String phaseId,
    String phaseName,
    LocalDate startsOn,
    LocalDate endsOn,
    int rank,
    int participants,
    BigDecimal score,
    BigDecimal criteriaPoints,
    BigDecimal bonus,
    BigDecimal penalty,
    List<CriterionFigure> againstTargets,
    List<AdjustmentFigure> adjustments,
    List<String> failedGates,
    List<String> uncheckedGates,
    UnitCounts counts,
    Integer pledgeYear,
    String covenantId,
    List<CommitmentFigure> againstCommitments,
    List<MonthFigures> trend,
    CourtSystemFigures withLowerCourts) {}
