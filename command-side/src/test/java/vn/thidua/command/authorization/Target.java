package vn.thidua.command.authorization;

/**
 * What a request of the matrix is aimed at, relative to the caller, who always acts for the
 * matrix's own unit (a provincial court with a regional court below it).
 */
enum Target {
  /** The endpoint names no unit: one cell per caller. */
  NONE("—"),
  /** The caller's own unit. */
  OWN_UNIT("own unit"),
  /** A unit directly below the caller's unit. */
  UNIT_BELOW("unit below"),
  /** Another provincial court under the same supreme court: not the caller's, not below it. */
  UNRELATED_UNIT("unrelated unit"),
  /**
   * A create request for the caller's own unit that reuses the id of a record of the unrelated unit
   * (a case, a mediation, a nomination, a judge's month): the answer must not tell an outsider that
   * the record exists, nor where.
   */
  ID_TAKEN_IN_UNRELATED_UNIT("id taken in the unrelated unit"),
  /** A nomination in the caller's own unit for a title the Supreme People's Court decides. */
  SECTOR_TITLE_IN_OWN_UNIT("sector-level title, own unit"),
  /** A retry of a decision already taken by the unrelated unit's decider, same number. */
  DECIDED_IN_UNRELATED_UNIT("already decided by the unrelated unit"),
  /** A council ballot whose list of voters names the calling council member. */
  COUNCIL_BALLOT_LISTING_CALLER("council ballot listing the caller");

  private final String label;

  Target(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
