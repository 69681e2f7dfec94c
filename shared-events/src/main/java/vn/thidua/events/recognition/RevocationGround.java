package vn.thidua.events.recognition;

/** Legal grounds for revoking an award. */
public enum RevocationGround {
  FRAUD,
  FORGED_DOCUMENTS,
  APPROVED_AGAINST_RULES,
  VIOLATION_FOUND_LATER
}
