package vn.thidua.events.recognition;

/**
 * Figures the gates need that the system does not hold yet (no staff records): the unit's staff and
 * members, and how many members hold Lao động tiên tiến this year. Null when not given.
 */
public record NominationFacts(Integer unitStaff, Integer members, Integer advancedWorkers) {
  public static final NominationFacts NONE = new NominationFacts(null, null, null);
}
