package vn.thidua.command.caseload.importing;

import java.util.List;

/**
 * The answer to an import: how many data rows were read, recorded ({@code accepted}), found already
 * recorded with the same data ({@code unchanged}) and refused ({@code rejected}); and the refused
 * rows with the lowest line numbers, at most {@code thidua.import.listed-rejections} of them
 * ({@code rejectionsNotListed} says how many more there were).
 */
public record ImportReport(
    long rows,
    long accepted,
    long unchanged,
    long rejected,
    List<RejectedRow> rejections,
    long rejectionsNotListed) {}
