package vn.thidua.command.history;

import vn.thidua.events.problem.NotFound;

/** No events of an aggregate of this type and id were ever stored. */
class AggregateNotFound extends NotFound {
  AggregateNotFound(String aggregateType, String aggregateId) {
    super(
        "aggregateId",
        "aggregate-must-exist",
        "No " + aggregateType + " '" + aggregateId + "' was ever stored");
  }
}
