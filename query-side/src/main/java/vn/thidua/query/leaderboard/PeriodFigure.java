package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The raw counts of a period (the additive fields of UnitCounts), each a signed sum of counters
 * over a window of days: within the period, up to its end, or before its start. E.g. accepted =
 * accepted up to the end − resolved before the start (carried over + new, as DOMAIN.md counts).
 */
enum PeriodFigure {
  ACCEPTED(
      "accepted",
      new Term(Counter.ACCEPTED, Window.UP_TO_END, 1),
      new Term(Counter.RESOLVED, Window.BEFORE_START, -1)),
  NEWLY_ACCEPTED("newlyAccepted", new Term(Counter.NEWLY_ACCEPTED, Window.WITHIN, 1)),
  RESOLVED("resolved", new Term(Counter.RESOLVED, Window.WITHIN, 1)),
  ANNULLED_AMENDED_HALVES(
      "annulledAmendedHalves", new Term(Counter.ANNULLED_AMENDED_HALVES, Window.WITHIN, 1)),
  MEDIATION_ELIGIBLE_RESOLVED(
      "mediationEligibleResolved", new Term(Counter.MEDIATION_ELIGIBLE_RESOLVED, Window.WITHIN, 1)),
  MEDIATION_SUCCESSFUL(
      "mediationSuccessful", new Term(Counter.MEDIATION_SUCCESSFUL, Window.WITHIN, 1)),
  COURT_MEDIATION_TRANSFERRED(
      "courtMediationTransferred", new Term(Counter.COURT_MEDIATION_TRANSFERRED, Window.WITHIN, 1)),
  COURT_MEDIATION_SUCCESSFUL(
      "courtMediationSuccessful", new Term(Counter.COURT_MEDIATION_SUCCESSFUL, Window.WITHIN, 1)),
  JUDGMENTS_EFFECTIVE(
      "judgmentsEffective", new Term(Counter.JUDGMENTS_EFFECTIVE, Window.WITHIN, 1)),
  JUDGMENTS_PUBLISHED_ON_TIME(
      "judgmentsPublishedOnTime", new Term(Counter.JUDGMENTS_PUBLISHED_ON_TIME, Window.WITHIN, 1)),
  ONLINE_TRIALS("onlineTrials", new Term(Counter.ONLINE_TRIALS, Window.WITHIN, 1)),
  MODEL_TRIALS("modelTrials", new Term(Counter.MODEL_TRIALS, Window.WITHIN, 1)),
  OVERDUE_AT_END(
      "overdueAtEnd",
      new Term(Counter.OVERDUE_FROM, Window.UP_TO_END, 1),
      new Term(Counter.OVERDUE_ENDED, Window.UP_TO_END, -1)),
  /** Overdue cannot be counted past a verdict that does not carry its case's deadline. */
  VERDICTS_WITHOUT_DEADLINE(
      "verdictsWithoutDeadline", new Term(Counter.VERDICTS_WITHOUT_DEADLINE, Window.UP_TO_END, 1)),
  /** Σ acceptance dates of the cases pending at the end, for the age of the pending caseload. */
  PENDING_ACCEPTED_EPOCH_DAYS(
      "pendingAcceptedEpochDays",
      new Term(Counter.ACCEPTED_EPOCH_DAYS, Window.UP_TO_END, 1),
      new Term(Counter.RESOLVED_ACCEPTED_EPOCH_DAYS, Window.UP_TO_END, -1));

  final String key;
  private final List<Term> terms;

  PeriodFigure(String key, Term... terms) {
    this.key = key;
    this.terms = List.of(terms);
  }

  /** What a count of {@code amount} on {@code day} adds to this figure of {@code period}. */
  long contribution(Counter counter, LocalDate day, long amount, Period period) {
    long sum = 0;
    for (Term term : terms) {
      if (term.counter == counter && term.window.includes(day, period)) {
        sum += term.sign * amount;
      }
    }
    return sum;
  }

  private record Term(Counter counter, Window window, int sign) {}

  private enum Window {
    WITHIN,
    UP_TO_END,
    BEFORE_START;

    boolean includes(LocalDate day, Period period) {
      return switch (this) {
        case WITHIN -> period.contains(day);
        case UP_TO_END -> !day.isAfter(period.endsOn());
        case BEFORE_START -> day.isBefore(period.startsOn());
      };
    }
  }
}
