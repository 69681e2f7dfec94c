package vn.thidua.events.covenant;

import java.math.BigDecimal;
import vn.thidua.events.campaign.Metric;

/** A target (chỉ tiêu) the members of a cluster commit to, e.g. resolution rate 90 %. */
public record Commitment(Metric metric, BigDecimal target, String note) {}
