package vn.thidua.query.standings;

import java.time.LocalDate;

/** One phase of a campaign and whether its standings are frozen yet. */
public record PhaseFreeze(
    String phaseId,
    String phaseName,
    LocalDate startsOn,
    LocalDate endsOn,
    boolean frozen,
    LocalDate endedOn) {}
