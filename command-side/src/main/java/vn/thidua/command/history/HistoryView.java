package vn.thidua.command.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An aggregate's events in order, each with who did it, when, why, and the state it left. */
record HistoryView(String aggregateType, String aggregateId, List<Entry> events) {

  /**
   * One event.
   *
   * @param sequenceNumber its place in the aggregate's stream, from 0
   * @param globalIndex its place in the whole event store (and in the tamper-evident chain)
   * @param streamHash the hash that chains it to its predecessor (hex)
   * @param eventType the event's simple name, e.g. {@code VerdictRecorded}
   * @param timestamp when it was stored
   * @param who the user, their unit and roles, from the event's metadata
   * @param why the reason the user gave, when the event carries one
   * @param payload the event as stored
   * @param metaData all of its metadata (correlation and causation ids included)
   * @param stateAfter the aggregate's fields after this event was applied
   */
  record Entry(
      long sequenceNumber,
      Long globalIndex,
      String streamHash,
      String eventIdentifier,
      String eventType,
      Instant timestamp,
      Who who,
      String why,
      String correlationId,
      String causationId,
      JsonNode payload,
      Map<String, Object> metaData,
      JsonNode stateAfter) {}

  record Who(String userId, String unitId, String roles) {}
}
