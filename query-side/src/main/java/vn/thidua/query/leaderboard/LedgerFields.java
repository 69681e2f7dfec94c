package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.query.folding.FieldKeys;

/**
 * Field paths of a unit's ledger document ({@code unit_ledgers}, {@code _id = unitId}):
 *
 * <pre>
 * name, judgeCounts.{effectiveFrom}, pledges.{year} = covenantId,
 * days.{yyyy-MM-dd}.{counter}, months.{yyyy-MM}.{caseType}.{counter},
 * judges.{judgeId}.{yyyy-MM}.{model|qa}, position
 * </pre>
 */
final class LedgerFields {
  static final String COLLECTION = "unit_ledgers";
  static final String COVENANTS = "ledger_covenants";
  static final String NAME = "name";
  static final String JUDGE_COUNTS = "judgeCounts";
  static final String PLEDGES = "pledges";
  static final String DAYS = "days";
  static final String MONTHS = "months";
  static final String JUDGES = "judges";
  static final String MODEL_TRIALS = "model";
  static final String QUESTIONS_AND_ANSWERS = "qa";

  /** Judge counts given at registration apply from the beginning of time. */
  static final LocalDate REGISTRATION = LocalDate.of(1, 1, 1);

  private LedgerFields() {}

  static String day(LocalDate day, Counter counter) {
    return DAYS + "." + day + "." + counter.key;
  }

  static String month(LocalDate day, CaseType type, Counter counter) {
    return MONTHS + "." + YearMonth.from(day) + "." + type + "." + counter.key;
  }

  static String judgeMonth(String judgeId, YearMonth month, String figure) {
    return JUDGES + "." + FieldKeys.escape(judgeId) + "." + month + "." + figure;
  }

  static String judgeCount(LocalDate effectiveFrom) {
    return JUDGE_COUNTS + "." + effectiveFrom;
  }
}
