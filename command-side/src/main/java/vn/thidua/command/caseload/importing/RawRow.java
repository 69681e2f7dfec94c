package vn.thidua.command.caseload.importing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One data row as read from the file, keyed by column name, before its kind's rules are applied;
 * or, when the line itself could not be read, the reason.
 */
record RawRow(long line, ObjectNode values, RejectedRow unreadable) {

  static RawRow of(long line, ObjectNode values) {
    return new RawRow(line, values, null);
  }

  static RawRow unreadable(long line, String rule, String message) {
    return new RawRow(line, null, new RejectedRow(line, null, null, null, rule, message));
  }
}
