package vn.thidua.events.recognition;

/** The frozen standings of one campaign phase a nomination relies on. */
public record StandingsBasis(String campaignId, String phaseId) {}
