package vn.thidua.events.campaign;

public enum GateComparison {
  AT_MOST,
  AT_LEAST
}
