package vn.thidua.query.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.thidua.events.campaign.Metric;
import vn.thidua.scoring.UnitCounts;

/**
 * A court together with every court below it (TAND 2 cấp: a provincial court and its lower courts)
 * over the scorecard's period: the sum of their counts and the metrics of that sum, which is how
 * courts report their year (DOMAIN.md's worked example).
 */
public record CourtSystemFigures(
    List<String> unitIds, UnitCounts counts, Map<Metric, BigDecimal> metrics) {}
