package vn.thidua.query.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;

/**
 * Overdue at the end of a period: pending then and past the statutory deadline. The ledger counts
 * it with two additive counters, so any period end is a sum.
 */
class OverdueCountingTest {
  private final List<Fact> facts = new ArrayList<>();

  @Test
  void aPendingCaseIsOverdueFromTheDayAfterItsDeadline() {
    accept("2023-01-10", "2023-03-10");

    assertThat(overdueAt("2023-03-10")).isZero();
    assertThat(overdueAt("2023-03-11")).isEqualTo(1);
    assertThat(overdueAt("2023-12-31")).isEqualTo(1);
  }

  @Test
  void aCaseResolvedLateIsOverdueOnlyUntilItsVerdict() {
    accept("2023-01-10", "2023-03-10");
    resolve("2023-01-10", "2023-04-20", "2023-03-10");

    assertThat(overdueAt("2023-03-31")).isEqualTo(1);
    assertThat(overdueAt("2023-04-19")).isEqualTo(1);
    assertThat(overdueAt("2023-04-20")).isZero();
  }

  @Test
  void aCaseResolvedInTimeIsNeverOverdue() {
    accept("2023-01-10", "2023-03-10");
    resolve("2023-01-10", "2023-02-01", "2023-03-10");

    assertThat(overdueAt("2023-02-15")).isZero();
    assertThat(overdueAt("2023-06-30")).isZero();
  }

  @Test
  void aVerdictWithoutItsDeadlineMakesOverdueUnknown() {
    accept("2023-01-10", "2023-03-10");
    resolve("2023-01-10", "2023-02-01", null);

    assertThat(counts("2023-01-31").overdueAtEnd()).isZero();
    assertThat(counts("2023-02-28").overdueAtEnd()).isNull();
  }

  @Test
  void theDeadlineComesWithTheVerdict() {
    accept("2023-01-10", "2023-03-10");
    facts.addAll(
        CaseloadFacts.of(
            new VerdictRecorded(
                "c",
                "u",
                CaseType.CIVIL,
                LocalDate.parse("2023-01-10"),
                LocalDate.parse("2023-04-20"),
                VerdictOutcome.TRIED,
                false,
                false,
                null,
                LocalDate.parse("2023-03-10"))));

    assertThat(overdueAt("2023-04-19")).isEqualTo(1);
    assertThat(overdueAt("2023-04-20")).isZero();
  }

  private void accept(String acceptedOn, String deadline) {
    facts.addAll(
        CaseloadFacts.of(
            new CaseAccepted(
                "c",
                "u",
                CaseType.CIVIL,
                LocalDate.parse(acceptedOn),
                false,
                LocalDate.parse(deadline))));
  }

  private void resolve(String acceptedOn, String resolvedOn, String deadline) {
    facts.addAll(
        CaseloadFacts.of(
            new VerdictRecorded(
                "c",
                "u",
                CaseType.CIVIL,
                LocalDate.parse(acceptedOn),
                LocalDate.parse(resolvedOn),
                VerdictOutcome.TRIED,
                false,
                false,
                null),
            deadline == null ? null : LocalDate.parse(deadline)));
  }

  private long overdueAt(String day) {
    return counts(day).overdueAtEnd();
  }

  private RawCounts counts(String day) {
    Period period = new Period(LocalDate.parse("2023-01-01"), LocalDate.parse(day));
    RawCounts counts = new RawCounts();
    for (Fact fact : facts) {
      for (PeriodFigure figure : PeriodFigure.values()) {
        counts.add(figure, figure.contribution(fact.counter(), fact.on(), fact.amount(), period));
      }
    }
    return counts;
  }
}
