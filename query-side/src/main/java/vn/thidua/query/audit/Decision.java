package vn.thidua.query.audit;

import java.util.List;
import java.util.Map;

/**
 * What the trail needs to know of one decision event beyond its metadata: which aggregate, campaign
 * and units it concerns, why (when the event says), a Vietnamese summary and its evidence.
 */
record Decision(
    String aggregateId,
    String campaignId,
    List<String> unitIds,
    String reason,
    String summary,
    Map<String, Object> evidence) {

  static Decision of(String aggregateId, String campaignId, List<String> unitIds, String summary) {
    return new Decision(aggregateId, campaignId, unitIds, null, summary, Map.of());
  }

  Decision because(String why) {
    return new Decision(aggregateId, campaignId, unitIds, why, summary, evidence);
  }

  Decision withEvidence(Map<String, Object> relied) {
    return new Decision(aggregateId, campaignId, unitIds, reason, summary, relied);
  }
}
