package vn.thidua.events.audit;

/** Audit entries, newest first; every filter is optional. */
public record FindAuditTrail(String campaignId, String unitId, String actor) {}
