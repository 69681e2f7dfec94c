package vn.thidua.query.leaderboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.bson.Document;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.query.folding.FieldKeys;
import vn.thidua.scoring.Metrics;
import vn.thidua.scoring.UnitCounts;

/**
 * One unit's ledger as read from Mongo: its counts of any period are sums of its day counters. The
 * profile and month documents are merged into one: {@code days.{yyyy-MM-dd}}, {@code
 * byType.{yyyy-MM}.{caseType}}, {@code judges.{judgeId}.{yyyy-MM}}, with the profile's fields.
 */
public final class UnitLedger {
  private static final Map<String, Counter> COUNTERS =
      Arrays.stream(Counter.values()).collect(Collectors.toMap(c -> c.key, c -> c));
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final String BY_TYPE = "byType";

  private final String unitId;
  private final Document document;

  UnitLedger(String unitId, Document document) {
    this.unitId = unitId;
    this.document = document == null ? new Document() : document;
  }

  public String unitId() {
    return unitId;
  }

  public String name() {
    return document.getString(LedgerFields.NAME);
  }

  /** The counts of {@code [startsOn, endsOn]} as the scoring engine reads them. */
  public UnitCounts countsFor(LocalDate startsOn, LocalDate endsOn) {
    Period period = new Period(startsOn, endsOn);
    return rawCountsFor(period).toUnitCounts(period);
  }

  /** The covenant the unit pledged to for {@code year}, if it signed one. */
  public Optional<String> covenantPledgedFor(int year) {
    Document pledges = document.get(LedgerFields.PLEDGES, Document.class);
    return Optional.ofNullable(pledges == null ? null : pledges.getString(String.valueOf(year)));
  }

  RawCounts rawCountsFor(Period period) {
    RawCounts counts = new RawCounts();
    forEachEntry(
        document.get(LedgerFields.DAYS, Document.class),
        (day, counters) -> {
          LocalDate date = LocalDate.parse(day);
          addCounters(counts, (Document) counters, date, period);
        });
    forEachEntry(
        document.get(LedgerFields.JUDGE_COUNTS, Document.class),
        (from, judges) -> counts.judgesFrom(LocalDate.parse(from), ((Number) judges).intValue()));
    forEachJudgeMonth(
        (judgeId, month, figures) -> {
          Object qa = figures.get(LedgerFields.QUESTIONS_AND_ANSWERS);
          if (qa != null) {
            counts.assistantUse(judgeId, month, ((Number) qa).longValue());
          }
        });
    return counts;
  }

  /** Month by month from {@code from} to {@code to}, for one case type or (null) all of them. */
  public List<CaseloadMonth> caseload(CaseType caseType, YearMonth from, YearMonth to) {
    Set<CaseType> types = caseType == null ? EnumSet.allOf(CaseType.class) : EnumSet.of(caseType);
    List<CaseloadMonth> rows = new ArrayList<>();
    Document months = document.get(BY_TYPE, Document.class);
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      Period period = Period.of(month);
      RawCounts counts = new RawCounts();
      YearMonth until = month;
      forEachEntry(
          months,
          (key, byType) -> {
            LocalDate firstDay = YearMonth.parse(key).atDay(1);
            if (!firstDay.isAfter(until.atEndOfMonth())) {
              for (CaseType type : types) {
                Document counters = ((Document) byType).get(type.name(), Document.class);
                if (counters != null) {
                  addCounters(counts, counters, firstDay, period);
                }
              }
            }
          });
      rows.add(caseloadMonth(caseType, month, counts));
    }
    return rows;
  }

  /** Every judge's months from {@code from} to {@code to}, by judge then month. */
  public List<JudgeMonth> judges(YearMonth from, YearMonth to) {
    List<JudgeMonth> rows = new ArrayList<>();
    forEachJudgeMonth(
        (judgeId, month, figures) -> {
          if (!month.isBefore(from) && !month.isAfter(to)) {
            Object model = figures.get(LedgerFields.MODEL_TRIALS);
            Object qa = figures.get(LedgerFields.QUESTIONS_AND_ANSWERS);
            rows.add(
                new JudgeMonth(
                    judgeId,
                    month,
                    model == null ? 0 : ((Number) model).longValue(),
                    qa != null,
                    qa == null ? 0 : ((Number) qa).longValue()));
          }
        });
    rows.sort(
        (a, b) ->
            a.judgeId().equals(b.judgeId())
                ? a.month().compareTo(b.month())
                : a.judgeId().compareTo(b.judgeId()));
    return rows;
  }

  private CaseloadMonth caseloadMonth(CaseType caseType, YearMonth month, RawCounts counts) {
    Period period = Period.of(month);
    UnitCounts unit = counts.toUnitCounts(period);
    long pending = unit.pendingAtEnd();
    BigDecimal age = null;
    if (pending > 0) {
      long ageDays =
          pending * period.endsOn().toEpochDay()
              - counts.get(PeriodFigure.PENDING_ACCEPTED_EPOCH_DAYS);
      age =
          BigDecimal.valueOf(ageDays).divide(BigDecimal.valueOf(pending), 1, RoundingMode.HALF_UP);
    }
    BigDecimal dispositionTime =
        unit.resolved() == 0
            ? null
            : BigDecimal.valueOf(month.lengthOfMonth() * pending)
                .divide(BigDecimal.valueOf(unit.resolved()), 1, RoundingMode.HALF_UP);
    BigDecimal clearance =
        unit.newlyAccepted() == 0
            ? null
            : BigDecimal.valueOf(unit.resolved())
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(unit.newlyAccepted()), 1, RoundingMode.HALF_UP);
    return new CaseloadMonth(
        unitId,
        caseType == null ? null : caseType.name(),
        month,
        unit.accepted(),
        unit.newlyAccepted(),
        unit.resolved(),
        pending,
        Metrics.resolutionRate(unit.resolved(), unit.accepted()),
        clearance,
        dispositionTime,
        age,
        counts.overdueAtEnd());
  }

  private static void addCounters(
      RawCounts counts, Document counters, LocalDate day, Period period) {
    for (Map.Entry<String, Object> entry : counters.entrySet()) {
      Counter counter = COUNTERS.get(entry.getKey());
      if (counter == null) {
        continue;
      }
      long amount = ((Number) entry.getValue()).longValue();
      for (PeriodFigure figure : PeriodFigure.values()) {
        counts.add(figure, figure.contribution(counter, day, amount, period));
      }
    }
  }

  private void forEachJudgeMonth(JudgeMonthConsumer consumer) {
    forEachEntry(
        document.get(LedgerFields.JUDGES, Document.class),
        (judgeKey, months) ->
            forEachEntry(
                (Document) months,
                (month, figures) ->
                    consumer.accept(
                        FieldKeys.unescape(judgeKey), YearMonth.parse(month), (Document) figures)));
  }

  private static void forEachEntry(Document document, BiConsumer<String, Object> consumer) {
    if (document != null) {
      document.forEach(consumer);
    }
  }

  private interface JudgeMonthConsumer {
    void accept(String judgeId, YearMonth month, Document figures);
  }
}
