package vn.thidua.command.messaging;

/**
 * Where an aggregate's version travels: the version is the sequence number of its last event, so an
 * aggregate created by one event is at version 0 and every event adds one.
 */
final class AggregateVersions {
  /** Command metadata: the version the sender read (from If-Match); the edit runs only on it. */
  static final String EXPECTED = "expectedAggregateVersion";

  /** Command result metadata: the version the aggregate is at after the command. */
  static final String RESULTING = "aggregateVersion";

  /** Unit of work resource: the aggregate whose command handler ran. */
  static final String HANDLED_AGGREGATE = AggregateVersions.class.getName() + ".handledAggregate";

  private AggregateVersions() {}
}
