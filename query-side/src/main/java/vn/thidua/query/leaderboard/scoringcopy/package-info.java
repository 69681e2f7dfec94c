/**
 * TODO(lead, at merge): a verbatim copy of module {@code scoring} (package vn.thidua.scoring) as it
 * stood while it was being written; delete this package and import vn.thidua.scoring instead once
 * the module is merged, so the live leaderboard and the frozen standings share one engine.
 */
package vn.thidua.query.leaderboard.scoringcopy;
