package vn.thidua.events.campaign;

public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
