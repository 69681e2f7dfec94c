package vn.thidua.query.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.events.campaign.AdjustmentFigure;
import vn.thidua.events.campaign.AdjustmentKind;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.leaderboard.UnknownCampaign;
import vn.thidua.events.leaderboard.UnknownPhase;
import vn.thidua.events.standings.StandingsNotFrozen;
import vn.thidua.query.ThrowawayMongo;

class FrozenStandingsProjectionTest {
  private static final Instant FROZEN_AT = Instant.parse("2023-04-01T00:00:05Z");
  private static final FrozenStanding HALONG =
      new FrozenStanding(
          1,
          "TAND-HALONG",
          3,
          2,
          new BigDecimal("41.5"),
          List.of(
              new CriterionFigure(
                  Metric.RESOLUTION_RATE,
                  new BigDecimal("66.7"),
                  new BigDecimal("90"),
                  new BigDecimal("0.741"),
                  new BigDecimal("29.6"),
                  Direction.HIGHER_IS_BETTER,
                  new BigDecimal("40"),
                  new BigDecimal("1.2"),
                  false),
              new CriterionFigure(
                  Metric.JUDGMENT_PUBLICATION_RATE,
                  null,
                  new BigDecimal("100"),
                  null,
                  BigDecimal.ZERO,
                  Direction.HIGHER_IS_BETTER,
                  new BigDecimal("10"),
                  new BigDecimal("1.2"),
                  true)),
          List.of(),
          new BigDecimal("66.7"),
          new BigDecimal("29.6"),
          new BigDecimal("12.4"),
          new BigDecimal("0.5"),
          List.of(
              new AdjustmentFigure(
                  Metric.ONLINE_TRIALS,
                  AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                  new BigDecimal("58"),
                  BigDecimal.TEN,
                  new BigDecimal("12.4"),
                  false)),
          List.of("VIRTUAL_ASSISTANT_USE_RATE >= 100"));
  private static final FrozenStanding CAMPHA =
      new FrozenStanding(
          2,
          "TAND-CAMPHA",
          2,
          1,
          new BigDecimal("22.2"),
          List.of(
              new CriterionFigure(
                  Metric.RESOLUTION_RATE,
                  new BigDecimal("50.0"),
                  new BigDecimal("90"),
                  new BigDecimal("0.556"),
                  new BigDecimal("22.2"))),
          List.of("ANNULLED_AMENDED_RATE <= 1.5"));

  private FrozenStandingsProjection projection;

  @BeforeEach
  void freshDatabase() {
    projection = new FrozenStandingsProjection(ThrowawayMongo.newDatabase());
    projection.on(campaign());
  }

  @Test
  void aFrozenPhaseShowsEveryRankedRowWithItsFigures() {
    projection.on(frozen(), FROZEN_AT);

    FrozenStandingsView standings = projection.handle(new FindFrozenStandings("QN-2023", "DOT-1"));

    assertThat(standings)
        .isEqualTo(
            new FrozenStandingsView(
                "QN-2023",
                "Phong trào thi đua năm 2023",
                "DOT-1",
                "Đợt 1",
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-03-31"),
                LocalDate.parse("2023-03-31"),
                FROZEN_AT,
                List.of(HALONG, CAMPHA)));
  }

  @Test
  void aRedeliveredLaunchOrFreezeChangesNothing() {
    projection.on(frozen(), FROZEN_AT);
    projection.on(campaign());
    projection.on(frozen(), FROZEN_AT);

    assertThat(projection.handle(new FindFrozenStandings("QN-2023", "DOT-1")).rows())
        .containsExactly(HALONG, CAMPHA);
  }

  @Test
  void aPhaseNotFrozenYetIsNotFound() {
    projection.on(frozen(), FROZEN_AT);

    assertThatThrownBy(() -> projection.handle(new FindFrozenStandings("QN-2023", "DOT-2")))
        .isInstanceOf(StandingsNotFrozen.class)
        .hasMessageContaining("DOT-2");
  }

  @Test
  void thePhasesOfACampaignSayWhichAreFrozen() {
    projection.on(frozen(), FROZEN_AT);

    assertThat(projection.handle(new FindPhaseFreezes("QN-2023")))
        .containsExactly(
            new PhaseFreeze(
                "DOT-1",
                "Đợt 1",
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-03-31"),
                true,
                LocalDate.parse("2023-03-31")),
            new PhaseFreeze(
                "DOT-2",
                "Đợt 2",
                LocalDate.parse("2023-04-01"),
                LocalDate.parse("2023-09-30"),
                false,
                null));
    assertThatThrownBy(() -> projection.handle(new FindPhaseFreezes("QN-1999")))
        .isInstanceOf(UnknownCampaign.class);
  }

  @Test
  void anUnknownPhaseOrCampaignIsNotFound() {
    assertThatThrownBy(() -> projection.handle(new FindFrozenStandings("QN-2023", "DOT-9")))
        .isInstanceOf(UnknownPhase.class);
    assertThatThrownBy(() -> projection.handle(new FindFrozenStandings("QN-1999", "DOT-1")))
        .isInstanceOf(UnknownCampaign.class);
  }

  private static PhaseStandingsFrozen frozen() {
    return new PhaseStandingsFrozen(
        "QN-2023", "DOT-1", LocalDate.parse("2023-03-31"), List.of(CAMPHA, HALONG));
  }

  private static CampaignLaunched campaign() {
    return new CampaignLaunched(
        "QN-2023",
        "TAND-QN",
        "Phong trào thi đua năm 2023",
        "Vì công lý",
        LocalDate.parse("2022-10-01"),
        LocalDate.parse("2023-09-30"),
        List.of("TAND-HALONG", "TAND-CAMPHA"),
        List.of(
            new Phase(
                "DOT-1",
                "Đợt 1",
                "Đoàn kết",
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-03-31")),
            new Phase(
                "DOT-2",
                "Đợt 2",
                "Tăng tốc",
                LocalDate.parse("2023-04-01"),
                LocalDate.parse("2023-09-30"))),
        List.of(
            new Criterion(
                Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, new BigDecimal("90"))),
        "Kế hoạch thi đua");
  }
}
