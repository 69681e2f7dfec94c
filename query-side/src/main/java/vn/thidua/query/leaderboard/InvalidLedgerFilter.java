package vn.thidua.query.leaderboard;

import vn.thidua.events.problem.RuleBroken;

/**
 * A filter of a ledger query (statistics, judges) the API cannot answer (answered as 422 with the
 * field).
 */
public class InvalidLedgerFilter extends RuleBroken {
  public InvalidLedgerFilter(String field, String rule, String message) {
    super(field, rule, message);
  }
}
