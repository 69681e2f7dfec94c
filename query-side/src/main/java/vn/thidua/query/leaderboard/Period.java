package vn.thidua.query.leaderboard;

import java.time.LocalDate;

/** The period of one leaderboard, both days inclusive. */
record Period(String leaderboardId, LocalDate startsOn, LocalDate endsOn) {

  /**
   * What one case adds to this period: accepted when it was accepted by the end and still pending
   * at the start (no verdict before it), resolved when its verdict falls inside.
   */
  Tally tallyOf(LocalDate acceptedOn, LocalDate resolvedOn) {
    boolean pendingAtStart = resolvedOn == null || !resolvedOn.isBefore(startsOn);
    boolean accepted = !acceptedOn.isAfter(endsOn) && pendingAtStart;
    boolean resolved =
        resolvedOn != null && !resolvedOn.isBefore(startsOn) && !resolvedOn.isAfter(endsOn);
    return new Tally(accepted ? 1 : 0, resolved ? 1 : 0);
  }
}
