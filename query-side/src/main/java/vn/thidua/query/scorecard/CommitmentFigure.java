package vn.thidua.query.scorecard;

import java.math.BigDecimal;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.Metric;

/**
 * A target the unit pledged in its covenant, against its actual figure: {@code met} is null when
 * the figure has no data.
 */
public record CommitmentFigure(
    Metric metric,
    BigDecimal target,
    BigDecimal actual,
    Direction direction,
    Boolean met,
    String note) {}
