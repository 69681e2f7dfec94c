package vn.thidua.events.audit;

import java.time.Instant;

/**
 * Audit entries, newest first; every filter is optional. {@code from} is inclusive, {@code to}
 * exclusive.
 */
public record FindAuditTrail(
    String campaignId, String unitId, String actor, String decisionType, Instant from, Instant to) {

  public FindAuditTrail(String campaignId, String unitId, String actor) {
    this(campaignId, unitId, actor, null, null, null);
  }
}
