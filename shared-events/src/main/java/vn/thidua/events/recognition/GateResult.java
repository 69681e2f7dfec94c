package vn.thidua.events.recognition;

import java.math.BigDecimal;

/** One gate: whether it held, the figure it read, the limit it compared with, and why. */
public record GateResult(
    Gate gate, boolean passed, BigDecimal figure, BigDecimal limit, String reason) {}
