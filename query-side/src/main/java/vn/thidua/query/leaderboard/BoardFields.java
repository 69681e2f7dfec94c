package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.bson.Document;
import vn.thidua.query.folding.FieldKeys;

/**
 * Field paths of a leaderboard document ({@code leaderboards}, {@code _id = campaignId/phaseId} or
 * {@code campaignId/*}): campaign and period fields, {@code table} (the scoring table in force),
 * {@code version}, {@code position} and {@code rows.{unitId}} with the unit's raw counts, {@code
 * name}, {@code judgeCounts.{effectiveFrom}} and {@code va.{judgeId}.{yyyy-MM}} (Q&A).
 */
final class BoardFields {
  static final String COLLECTION = "leaderboards";
  static final String ROWS = "rows";
  static final String TABLE = "table";
  static final String NAME = "name";
  static final String JUDGE_COUNTS = "judgeCounts";
  static final String ASSISTANT_USE = "va";

  private BoardFields() {}

  static String row(String unitId) {
    return ROWS + "." + FieldKeys.escape(unitId);
  }

  static String figure(String unitId, PeriodFigure figure) {
    return row(unitId) + "." + figure.key;
  }

  static String judgeCount(String unitId, LocalDate effectiveFrom) {
    return row(unitId) + "." + JUDGE_COUNTS + "." + effectiveFrom;
  }

  static String assistantUse(String unitId, String judgeId, YearMonth month) {
    return row(unitId) + "." + ASSISTANT_USE + "." + FieldKeys.escape(judgeId) + "." + month;
  }

  /** A row as written when a campaign is launched after some of its cases. */
  static Document rowOf(String name, RawCounts counts, Period period) {
    Document row = new Document();
    if (name != null) {
      row.append(NAME, name);
    }
    counts.figures().forEach((figure, amount) -> row.append(figure.key, amount));
    Document judgeCounts = new Document();
    counts.judgeCounts().forEach((from, judges) -> judgeCounts.append(from.toString(), judges));
    row.append(JUDGE_COUNTS, judgeCounts);
    Document assistantUse = new Document();
    counts
        .assistantUse()
        .forEach(
            (judgeId, months) -> {
              Document byMonth = new Document();
              months.forEach(
                  (month, qa) -> {
                    if (period.overlaps(month)) {
                      byMonth.append(month.toString(), qa);
                    }
                  });
              if (!byMonth.isEmpty()) {
                assistantUse.append(FieldKeys.escape(judgeId), byMonth);
              }
            });
    row.append(ASSISTANT_USE, assistantUse);
    return row;
  }

  /** The row's counts back, to score them. */
  static RawCounts countsOf(Document row) {
    RawCounts counts = new RawCounts();
    for (PeriodFigure figure : PeriodFigure.values()) {
      Object amount = row.get(figure.key);
      if (amount != null) {
        counts.add(figure, ((Number) amount).longValue());
      }
    }
    Document judgeCounts = row.get(JUDGE_COUNTS, Document.class);
    if (judgeCounts != null) {
      judgeCounts.forEach(
          (from, judges) -> counts.judgesFrom(LocalDate.parse(from), ((Number) judges).intValue()));
    }
    Document assistantUse = row.get(ASSISTANT_USE, Document.class);
    if (assistantUse != null) {
      for (Map.Entry<String, Object> judge : assistantUse.entrySet()) {
        ((Document) judge.getValue())
            .forEach(
                (month, qa) ->
                    counts.assistantUse(
                        FieldKeys.unescape(judge.getKey()),
                        YearMonth.parse(month),
                        ((Number) qa).longValue()));
      }
    }
    return counts;
  }
}
