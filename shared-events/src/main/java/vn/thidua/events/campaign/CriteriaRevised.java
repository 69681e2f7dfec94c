package vn.thidua.events.campaign;

import java.util.List;

/** The scoring table that applies from phase {@code phaseId} on. */
public record CriteriaRevised(
    String campaignId,
    String phaseId,
    List<Criterion> criteria,
    List<ScoreAdjustment> adjustments,
    List<EligibilityGate> gates,
    String reason) {}
