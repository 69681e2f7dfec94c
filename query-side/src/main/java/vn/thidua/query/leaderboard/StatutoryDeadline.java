package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import vn.thidua.events.caseload.VerdictRecorded;

/**
 * The statutory deadline a verdict's case had. TODO(lead, at merge of `scoring`): VerdictRecorded
 * gains a trailing nullable {@code statutoryDeadline}; return {@code verdict.statutoryDeadline()}
 * here. Until then every verdict reads as having none (see docs/features/ledger.md, overdue).
 */
final class StatutoryDeadline {
  private StatutoryDeadline() {}

  static LocalDate of(VerdictRecorded verdict) {
    return null;
  }

  /** The first day a case is overdue: the day after its deadline, never before it was accepted. */
  static LocalDate overdueFrom(LocalDate acceptedOn, LocalDate deadline) {
    LocalDate dayAfter = deadline.plusDays(1);
    return dayAfter.isBefore(acceptedOn) ? acceptedOn : dayAfter;
  }
}
