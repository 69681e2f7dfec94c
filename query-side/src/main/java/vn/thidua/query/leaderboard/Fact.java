package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import vn.thidua.events.caseload.CaseType;

/** One count an event adds to a unit's ledger on a business date. */
record Fact(Counter counter, LocalDate on, long amount, CaseType caseType) {}
