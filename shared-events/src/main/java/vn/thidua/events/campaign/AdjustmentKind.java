package vn.thidua.events.campaign;

public enum AdjustmentKind {
  /** + points for every unit of the figure above the threshold (bounded by maxPoints if set). */
  BONUS_PER_UNIT_ABOVE,
  /** − points once when the figure is above the threshold. */
  PENALTY_WHEN_ABOVE,
  /** − points once when the figure is below the threshold. */
  PENALTY_WHEN_BELOW
}
