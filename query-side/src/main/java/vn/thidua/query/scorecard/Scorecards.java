package vn.thidua.query.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.query.leaderboard.Leaderboards;
import vn.thidua.query.leaderboard.LiveLeaderboardRow;
import vn.thidua.query.leaderboard.LiveLeaderboardView;
import vn.thidua.query.leaderboard.UnitLedger;
import vn.thidua.query.leaderboard.UnitLedgers;
import vn.thidua.scoring.Metrics;
import vn.thidua.scoring.UnitCounts;

/** Builds a unit's scorecard from its leaderboard row and its ledger. */
@Component
public class Scorecards {
  /** Where a commitment's metric has no criterion in the campaign, lower is better for these. */
  private static final Set<Metric> LOWER_IS_BETTER =
      EnumSet.of(Metric.ANNULLED_AMENDED_RATE, Metric.OVERDUE_CASES, Metric.DISPOSITION_TIME_DAYS);

  private final Leaderboards leaderboards;
  private final UnitLedgers ledgers;
  private final LowerCourts lowerCourts;

  Scorecards(Leaderboards leaderboards, UnitLedgers ledgers, LowerCourts lowerCourts) {
    this.leaderboards = leaderboards;
    this.ledgers = ledgers;
    this.lowerCourts = lowerCourts;
  }

  public UnitScorecardView scorecard(String unitId, String campaignId, String phaseId) {
    LiveLeaderboardView leaderboard = leaderboards.find(campaignId, phaseId, null);
    LiveLeaderboardRow row =
        leaderboard.rows().stream()
            .filter(candidate -> candidate.unitId().equals(unitId))
            .findFirst()
            .orElseThrow(() -> new NotAParticipant(unitId, campaignId));
    UnitLedger ledger = ledgers.find(unitId).orElse(null);
    int pledgeYear = leaderboard.endsOn().getYear();
    String covenantId = ledger == null ? null : ledger.covenantPledgedFor(pledgeYear).orElse(null);
    List<CommitmentFigure> commitments =
        covenantId == null ? List.of() : againstCommitments(ledgers.commitmentsOf(covenantId), row);
    return new UnitScorecardView(
        unitId,
        row.unitName(),
        leaderboard.campaignId(),
        leaderboard.campaignTitle(),
        leaderboard.phaseId(),
        leaderboard.phaseName(),
        leaderboard.startsOn(),
        leaderboard.endsOn(),
        row.rank(),
        leaderboard.rows().size(),
        row.score(),
        row.criteriaPoints(),
        row.bonus(),
        row.penalty(),
        row.figures(),
        row.adjustments(),
        row.failedGates(),
        row.uncheckedGates(),
        row.counts(),
        covenantId == null ? null : pledgeYear,
        covenantId,
        commitments,
        ledger == null ? List.of() : trend(ledger, leaderboard.startsOn(), leaderboard.endsOn()),
        withLowerCourts(unitId, row.counts(), leaderboard.startsOn(), leaderboard.endsOn()));
  }

  /** The court with its lower courts over the period, or null when it has none. */
  private CourtSystemFigures withLowerCourts(
      String unitId, UnitCounts own, LocalDate startsOn, LocalDate endsOn) {
    List<String> below = lowerCourts.below(unitId);
    if (below.isEmpty()) {
      return null;
    }
    UnitCounts total = own;
    List<String> included = new ArrayList<>(List.of(unitId));
    for (String lower : below) {
      Optional<UnitLedger> ledger = ledgers.find(lower);
      if (ledger.isPresent()) {
        total = total.plus(ledger.get().countsFor(startsOn, endsOn));
        included.add(lower);
      }
    }
    return new CourtSystemFigures(included, total, Metrics.of(total));
  }

  private static List<CommitmentFigure> againstCommitments(
      List<Commitment> commitments, LiveLeaderboardRow row) {
    Map<Metric, BigDecimal> actuals = Metrics.of(row.counts());
    List<CommitmentFigure> figures = new ArrayList<>();
    for (Commitment commitment : commitments) {
      Direction direction = directionOf(commitment.metric(), row.figures());
      BigDecimal actual = actuals.get(commitment.metric());
      Boolean met = null;
      if (actual != null) {
        int order = actual.compareTo(commitment.target());
        met = direction == Direction.HIGHER_IS_BETTER ? order >= 0 : order <= 0;
      }
      figures.add(
          new CommitmentFigure(
              commitment.metric(), commitment.target(), actual, direction, met, commitment.note()));
    }
    return figures;
  }

  private static Direction directionOf(Metric metric, List<CriterionFigure> criteria) {
    return criteria.stream()
        .filter(figure -> figure.metric() == metric && figure.direction() != null)
        .map(CriterionFigure::direction)
        .findFirst()
        .orElse(
            LOWER_IS_BETTER.contains(metric)
                ? Direction.LOWER_IS_BETTER
                : Direction.HIGHER_IS_BETTER);
  }

  /** Each month's own counts, the first and last month cut to the period. */
  private static List<MonthFigures> trend(UnitLedger ledger, LocalDate startsOn, LocalDate endsOn) {
    List<MonthFigures> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(startsOn);
        !month.isAfter(YearMonth.from(endsOn));
        month = month.plusMonths(1)) {
      LocalDate first = month.atDay(1).isBefore(startsOn) ? startsOn : month.atDay(1);
      LocalDate last = month.atEndOfMonth().isAfter(endsOn) ? endsOn : month.atEndOfMonth();
      UnitCounts counts = ledger.countsFor(first, last);
      months.add(new MonthFigures(month, counts, Metrics.of(counts)));
    }
    return months;
  }
}
