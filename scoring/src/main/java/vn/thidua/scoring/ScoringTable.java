package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.events.campaign.CampaignRuleBroken;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.ScoreAdjustment;

/** The scoring table (bảng chấm điểm) in force for a phase. */
public record ScoringTable(
    List<Criterion> criteria, List<ScoreAdjustment> adjustments, List<EligibilityGate> gates) {
  /** Absent lists (events recorded before bonuses and gates existed) read as empty. */
  public ScoringTable {
    criteria = criteria == null ? List.of() : criteria;
    adjustments = adjustments == null ? List.of() : adjustments;
    gates = gates == null ? List.of() : gates;
  }

  /**
   * Metrics unique, base points positive, caps at least 1, points of adjustments positive.
   *
   * @throws CampaignRuleBroken naming the first offending field
   */
  public void check() {
    Set<Object> metrics = new HashSet<>();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      String field = "criteria[" + i + "]";
      if (criterion == null || criterion.metric() == null || criterion.direction() == null) {
        throw new CampaignRuleBroken(
            field, "criterion-complete", "A criterion needs a metric and a direction");
      }
      if (!metrics.add(criterion.metric())) {
        throw new CampaignRuleBroken(
            field + ".metric",
            "criterion-metric-unique",
            "The scoring table lists " + criterion.metric() + " twice");
      }
      if (criterion.target() == null || criterion.target().signum() < 0) {
        throw new CampaignRuleBroken(
            field + ".target", "target-not-negative", "The target must be zero or more");
      }
      if (criterion.basePoints().signum() <= 0) {
        throw new CampaignRuleBroken(
            field + ".basePoints", "base-points-positive", "Base points must be more than zero");
      }
      if (criterion.cap().compareTo(BigDecimal.ONE) < 0) {
        throw new CampaignRuleBroken(
            field + ".cap",
            "cap-at-least-one",
            "The cap on achievement must be at least 1 (100 % of the target)");
      }
    }
    for (int i = 0; i < adjustments.size(); i++) {
      ScoreAdjustment adjustment = adjustments.get(i);
      String field = "adjustments[" + i + "]";
      if (adjustment == null
          || adjustment.metric() == null
          || adjustment.kind() == null
          || adjustment.threshold() == null) {
        throw new CampaignRuleBroken(
            field,
            "adjustment-complete",
            "A bonus or penalty needs a metric, a kind, a threshold and points");
      }
      if (adjustment.points() == null || adjustment.points().signum() <= 0) {
        throw new CampaignRuleBroken(
            field + ".points",
            "adjustment-points-positive",
            "A bonus or penalty must be worth more than zero points");
      }
      if (adjustment.maxPoints() != null && adjustment.maxPoints().signum() <= 0) {
        throw new CampaignRuleBroken(
            field + ".maxPoints",
            "adjustment-points-positive",
            "The most a bonus can add must be more than zero points");
      }
    }
    for (int i = 0; i < gates.size(); i++) {
      EligibilityGate gate = gates.get(i);
      if (gate == null
          || gate.metric() == null
          || gate.comparison() == null
          || gate.limit() == null) {
        throw new CampaignRuleBroken(
            "gates[" + i + "]",
            "gate-complete",
            "An eligibility gate needs a metric, a comparison and a limit");
      }
    }
  }
}
