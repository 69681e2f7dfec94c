package vn.thidua.command.integrity;

/**
 * One place where the stored events no longer match their chains.
 *
 * @param globalIndex where in the global order
 * @param aggregateIdentifier the aggregate of the event stored there (or sealed there, if gone)
 * @param sequenceNumber its sequence number in that aggregate
 * @param problem what differs, as a stable code
 * @param detail the same in words
 */
public record BrokenLink(
    long globalIndex,
    String aggregateIdentifier,
    long sequenceNumber,
    Problem problem,
    String detail) {

  public enum Problem {
    /** The row's content or identifiers no longer hash to its stored stream hash. */
    STREAM_HASH_DIFFERS,
    /** The aggregate's previous event (sequence - 1) is not there: deleted or renumbered. */
    PREDECESSOR_MISSING,
    /** A sealed event is no longer stored at its global index. */
    SEALED_EVENT_MISSING,
    /** The event stored at a sealed global index is not the one sealed there. */
    SEALED_EVENT_REPLACED,
    /** The event's stream hash is not the one the chain sealed. */
    CHAIN_HASH_DIFFERS,
    /** An event stored at or before the head that the chain never sealed: inserted afterwards. */
    NOT_SEALED,
    /** The head does not match the last sealed link. */
    HEAD_DIFFERS
  }
}
