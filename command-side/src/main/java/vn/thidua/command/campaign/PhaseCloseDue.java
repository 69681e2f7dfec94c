package vn.thidua.command.campaign;

/** The payload of the durable deadline that closes a phase at the end of its last day. */
public record PhaseCloseDue(String phaseId) {
  static final String DEADLINE = "close-phase";
}
