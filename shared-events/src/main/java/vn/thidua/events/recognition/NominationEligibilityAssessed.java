package vn.thidua.events.recognition;

import java.util.List;

/** The eligibility gates checked when the nomination was made, each with its figure and limit. */
public record NominationEligibilityAssessed(
    String nominationId, boolean passed, List<GateResult> gates) {}
