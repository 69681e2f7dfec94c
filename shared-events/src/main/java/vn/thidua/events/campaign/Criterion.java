package vn.thidua.events.campaign;

import java.math.BigDecimal;

public record Criterion(Metric metric, Direction direction, BigDecimal target) {}
