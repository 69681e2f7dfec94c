package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.query.folding.FieldKeys;

/**
 * Field paths of a unit's ledger, kept small so every update stays cheap however long the history:
 *
 * <ul>
 *   <li>{@code unit_ledgers}, {@code _id = unitId}: name, {@code judgeCounts.{effectiveFrom}},
 *       {@code pledges.{year} = covenantId}, {@code months} (the months that have a document);
 *   <li>{@code unit_ledger_months}, {@code _id = unitId/yyyy-MM}: {@code days.{dd}.{counter}},
 *       {@code types.{caseType}.{counter}}, {@code judges.{judgeId}.{model|qa}}.
 * </ul>
 *
 * Both carry the folding {@code position}.
 */
final class LedgerFields {
  static final String COLLECTION = "unit_ledgers";
  static final String MONTH_COLLECTION = "unit_ledger_months";
  static final String COVENANTS = "ledger_covenants";
  static final String NAME = "name";
  static final String JUDGE_COUNTS = "judgeCounts";
  static final String PLEDGES = "pledges";
  static final String MONTHS = "months";
  static final String DAYS = "days";
  static final String TYPES = "types";
  static final String JUDGES = "judges";
  static final String MODEL_TRIALS = "model";
  static final String QUESTIONS_AND_ANSWERS = "qa";

  /** Judge counts given at registration apply from the beginning of time. */
  static final LocalDate REGISTRATION = LocalDate.of(1, 1, 1);

  private LedgerFields() {}

  static String monthId(String unitId, YearMonth month) {
    return unitId + "/" + month;
  }

  static String day(LocalDate day, Counter counter) {
    return DAYS + "." + String.format("%02d", day.getDayOfMonth()) + "." + counter.key;
  }

  static String type(CaseType type, Counter counter) {
    return TYPES + "." + type + "." + counter.key;
  }

  static String judge(String judgeId, String figure) {
    return JUDGES + "." + FieldKeys.escape(judgeId) + "." + figure;
  }

  static String judgeCount(LocalDate effectiveFrom) {
    return JUDGE_COUNTS + "." + effectiveFrom;
  }
}
