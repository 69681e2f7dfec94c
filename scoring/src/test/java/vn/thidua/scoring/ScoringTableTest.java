package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.events.campaign.AdjustmentKind;
import vn.thidua.events.campaign.CampaignRuleBroken;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.ScoreAdjustment;

/** A scoring table refuses what it could not score, naming the field and the rule. */
class ScoringTableTest {
  private static final Criterion RESOLUTION =
      new Criterion(Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, new BigDecimal("90"));

  @Test
  void aTableWithoutBonusesOrGatesReadsThemAsNone() {
    ScoringTable table = new ScoringTable(List.of(RESOLUTION), null, null);

    table.check();
    assertThat(table.adjustments()).isEmpty();
    assertThat(table.gates()).isEmpty();
  }

  @Test
  void refusesAMetricListedTwice() {
    assertRefused(
        new ScoringTable(List.of(RESOLUTION, RESOLUTION), List.of(), List.of()),
        "criteria[1].metric",
        "criterion-metric-unique");
  }

  @Test
  void refusesACapBelowOne() {
    Criterion capped =
        new Criterion(
            Metric.ONLINE_TRIALS,
            Direction.HIGHER_IS_BETTER,
            BigDecimal.TEN,
            BigDecimal.TEN,
            new BigDecimal("0.9"));
    assertRefused(
        new ScoringTable(List.of(capped), List.of(), List.of()),
        "criteria[0].cap",
        "cap-at-least-one");
  }

  @Test
  void refusesAnEmptyCriterionInsteadOfFailingOnIt() {
    assertRefused(
        new ScoringTable(Arrays.asList(RESOLUTION, null), List.of(), List.of()),
        "criteria[1]",
        "criterion-complete");
  }

  @Test
  void refusesABonusWorthNothing() {
    ScoreAdjustment nothing =
        new ScoreAdjustment(
            Metric.ONLINE_TRIALS,
            AdjustmentKind.BONUS_PER_UNIT_ABOVE,
            BigDecimal.TEN,
            BigDecimal.ZERO,
            null);
    assertRefused(
        new ScoringTable(List.of(RESOLUTION), List.of(nothing), List.of()),
        "adjustments[0].points",
        "adjustment-points-positive");
  }

  @Test
  void refusesAGateWithoutALimit() {
    assertRefused(
        new ScoringTable(
            List.of(RESOLUTION),
            List.of(),
            List.of(new EligibilityGate(Metric.ANNULLED_AMENDED_RATE, null, null))),
        "gates[0]",
        "gate-complete");
  }

  private static void assertRefused(ScoringTable table, String field, String rule) {
    assertThatThrownBy(table::check)
        .isInstanceOfSatisfying(
            CampaignRuleBroken.class,
            broken -> {
              assertThat(broken.field()).isEqualTo(field);
              assertThat(broken.rule()).isEqualTo(rule);
            });
  }
}
