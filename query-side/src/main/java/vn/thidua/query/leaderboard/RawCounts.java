package vn.thidua.query.leaderboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import vn.thidua.scoring.UnitCounts;

/**
 * The raw counts of one unit over one period as the ledger and the leaderboard rows hold them, and
 * the judge data the virtual-assistant figures need (distinct judges are not additive).
 */
final class RawCounts {
  private final Map<PeriodFigure, Long> figures = new EnumMap<>(PeriodFigure.class);
  private final NavigableMap<LocalDate, Integer> judgeCounts = new TreeMap<>();
  private final Map<String, Map<YearMonth, Long>> assistantUse = new TreeMap<>();

  long get(PeriodFigure figure) {
    return figures.getOrDefault(figure, 0L);
  }

  void add(PeriodFigure figure, long amount) {
    if (amount != 0) {
      figures.merge(figure, amount, Long::sum);
    }
  }

  void judgesFrom(LocalDate effectiveFrom, int judges) {
    judgeCounts.put(effectiveFrom, judges);
  }

  void assistantUse(String judgeId, YearMonth month, long questionsAndAnswers) {
    assistantUse.computeIfAbsent(judgeId, j -> new TreeMap<>()).put(month, questionsAndAnswers);
  }

  Map<PeriodFigure, Long> figures() {
    return figures;
  }

  NavigableMap<LocalDate, Integer> judgeCounts() {
    return judgeCounts;
  }

  Map<String, Map<YearMonth, Long>> assistantUse() {
    return assistantUse;
  }

  /** The judge count in force at {@code day}; null when none was ever recorded. */
  Integer judgesOn(LocalDate day) {
    Map.Entry<LocalDate, Integer> inForce = judgeCounts.floorEntry(day);
    return inForce == null ? null : inForce.getValue();
  }

  /** Null (no data) once a verdict without its case's deadline is counted. */
  Long overdueAtEnd() {
    return get(PeriodFigure.VERDICTS_WITHOUT_DEADLINE) > 0
        ? null
        : get(PeriodFigure.OVERDUE_AT_END);
  }

  /** The scoring engine's input; virtual-assistant use only in the months of {@code period}. */
  UnitCounts toUnitCounts(Period period) {
    long judgesUsing = 0;
    long questionsAndAnswers = 0;
    for (Map<YearMonth, Long> months : assistantUse.values()) {
      boolean used = false;
      for (Map.Entry<YearMonth, Long> month : months.entrySet()) {
        if (period.overlaps(month.getKey())) {
          used = true;
          questionsAndAnswers += month.getValue();
        }
      }
      judgesUsing += used ? 1 : 0;
    }
    return new UnitCounts(
        get(PeriodFigure.ACCEPTED),
        get(PeriodFigure.NEWLY_ACCEPTED),
        get(PeriodFigure.RESOLVED),
        BigDecimal.valueOf(get(PeriodFigure.ANNULLED_AMENDED_HALVES), 0)
            .divide(BigDecimal.valueOf(2)),
        get(PeriodFigure.MEDIATION_ELIGIBLE_RESOLVED),
        get(PeriodFigure.MEDIATION_SUCCESSFUL),
        get(PeriodFigure.COURT_MEDIATION_TRANSFERRED),
        get(PeriodFigure.COURT_MEDIATION_SUCCESSFUL),
        get(PeriodFigure.JUDGMENTS_EFFECTIVE),
        get(PeriodFigure.JUDGMENTS_PUBLISHED_ON_TIME),
        get(PeriodFigure.ONLINE_TRIALS),
        get(PeriodFigure.MODEL_TRIALS),
        judgesOn(period.endsOn()),
        judgesUsing,
        questionsAndAnswers,
        overdueAtEnd());
  }
}
