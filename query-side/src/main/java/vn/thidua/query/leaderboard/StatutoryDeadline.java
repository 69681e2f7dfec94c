package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import vn.thidua.events.caseload.VerdictRecorded;

/** The statutory deadline of a verdict's case (null in verdicts recorded before it was carried). */
final class StatutoryDeadline {
  private StatutoryDeadline() {}

  static LocalDate of(VerdictRecorded verdict) {
    return verdict.statutoryDeadline();
  }

  /** The first day a case is overdue: the day after its deadline, never before it was accepted. */
  static LocalDate overdueFrom(LocalDate acceptedOn, LocalDate deadline) {
    LocalDate dayAfter = deadline.plusDays(1);
    return dayAfter.isBefore(acceptedOn) ? acceptedOn : dayAfter;
  }
}
