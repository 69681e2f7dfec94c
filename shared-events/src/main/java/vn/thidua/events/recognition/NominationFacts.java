package vn.thidua.events.recognition;

/**
 * Declared figures the gates fall back on only when the system has no staff recorded for the unit:
 * the unit's staff and members, and how many members hold Lao động tiên tiến this year. Null when
 * not given; ignored when staff are recorded.
 */
public record NominationFacts(Integer unitStaff, Integer members, Integer advancedWorkers) {
  public static final NominationFacts NONE = new NominationFacts(null, null, null);
}
