package vn.thidua.query.leaderboard;

/**
 * What the ledger counts per business date (and per month and case type). Every counter is
 * additive, so the counts of any period are sums over days; {@link PeriodFigure} says which sums.
 */
enum Counter {
  /** Cases accepted, by acceptance date. */
  ACCEPTED("acc"),
  /** Cases accepted that were not carried over from the previous year, by acceptance date. */
  NEWLY_ACCEPTED("new"),
  /** Σ acceptance dates (epoch days) of cases accepted, by acceptance date: ages of the pending. */
  ACCEPTED_EPOCH_DAYS("accDays"),
  RESOLVED("res"),
  /** Σ acceptance dates (epoch days) of cases resolved, by verdict date. */
  RESOLVED_ACCEPTED_EPOCH_DAYS("resAccDays"),
  /** Subjective annulments and amendments in halves (whole 2, partial 1), by decision date. */
  ANNULLED_AMENDED_HALVES("annHalves"),
  MEDIATION_ELIGIBLE_RESOLVED("medRes"),
  MEDIATION_SUCCESSFUL("medOk"),
  COURT_MEDIATION_TRANSFERRED("cmIn"),
  COURT_MEDIATION_SUCCESSFUL("cmOk"),
  JUDGMENTS_EFFECTIVE("eff"),
  /** Published in time, by the date the judgment took effect (so it is a part of the above). */
  JUDGMENTS_PUBLISHED_ON_TIME("pubOk"),
  ONLINE_TRIALS("online"),
  MODEL_TRIALS("model"),
  /** Cases with a statutory deadline, on the first day they are overdue if still pending. */
  OVERDUE_FROM("odIn"),
  /** Overdue cases resolved, by verdict date. */
  OVERDUE_ENDED("odOut"),
  /** Verdicts that do not say their case's deadline, by verdict date: overdue is then unknown. */
  VERDICTS_WITHOUT_DEADLINE("resNoDl");

  final String key;

  Counter(String key) {
    this.key = key;
  }
}
