package vn.thidua.command.caseload.importing;

/**
 * A row that was not recorded: its line in the file, its kind and case (as far as they could be
 * read), the column at fault and the rule it broke, in words a court clerk understands.
 */
public record RejectedRow(
    long line, String kind, String caseId, String field, String rule, String message) {}
