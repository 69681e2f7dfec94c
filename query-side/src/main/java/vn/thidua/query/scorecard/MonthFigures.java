package vn.thidua.query.scorecard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import vn.thidua.events.campaign.Metric;
import vn.thidua.scoring.UnitCounts;

/** One month of the trend: the month's own counts and metrics (absent metric = no data). */
public record MonthFigures(YearMonth month, UnitCounts counts, Map<Metric, BigDecimal> metrics) {}
