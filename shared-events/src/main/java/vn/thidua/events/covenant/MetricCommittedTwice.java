package vn.thidua.events.covenant;

import vn.thidua.events.campaign.Metric;
import vn.thidua.events.problem.RuleBroken;

/** One target per criterion, so nobody has to guess which of two targets counts. */
public class MetricCommittedTwice extends RuleBroken {
  public MetricCommittedTwice(String field, Metric metric) {
    super(field, "one-commitment-per-metric", "There is already a target for " + metric);
  }
}
