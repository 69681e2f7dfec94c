package vn.thidua.query.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.events.campaign.AdjustmentKind;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.GateComparison;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.ScoreAdjustment;
import vn.thidua.events.leaderboard.UnknownCampaign;
import vn.thidua.query.ThrowawayMongo;

class CampaignDirectoryProjectionTest {
  private static final Instant LAUNCHED_AT = Instant.parse("2022-09-20T08:00:00Z");

  private CampaignDirectoryProjection projection;

  @BeforeEach
  void freshDatabase() {
    projection = new CampaignDirectoryProjection(ThrowawayMongo.newDatabase());
  }

  @Test
  void aLaunchedCampaignIsFoundWithItsPhasesParticipantsAndCriteria() {
    CampaignLaunched launched = campaign("QN-2023", "2022-10-01", "2023-09-30");
    projection.on(launched, LAUNCHED_AT);

    CampaignView campaign = projection.handle(new FindCampaign("QN-2023"));

    assertThat(campaign)
        .isEqualTo(
            new CampaignView(
                "QN-2023",
                "TAND-QN",
                "Phong trào QN-2023",
                "Vì công lý",
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-09-30"),
                List.of("HALONG", "CAMPHA"),
                launched.phases(),
                launched.criteria(),
                launched.adjustments(),
                launched.gates(),
                "Kế hoạch thi đua",
                LAUNCHED_AT));
  }

  @Test
  void campaignsAreListedLatestPeriodFirst() {
    projection.on(campaign("QN-2023", "2022-10-01", "2023-09-30"), LAUNCHED_AT);
    projection.on(campaign("QN-2024", "2023-10-01", "2024-09-30"), LAUNCHED_AT);
    projection.on(campaign("QN-2023", "2022-10-01", "2023-09-30"), LAUNCHED_AT);

    assertThat(projection.handle(new FindCampaigns()))
        .extracting(CampaignView::campaignId)
        .containsExactly("QN-2024", "QN-2023");
  }

  @Test
  void anUnknownCampaignIsNotFound() {
    assertThatThrownBy(() -> projection.handle(new FindCampaign("QN-1999")))
        .isInstanceOf(UnknownCampaign.class);
  }

  private static CampaignLaunched campaign(String campaignId, String startsOn, String endsOn) {
    return new CampaignLaunched(
        campaignId,
        "TAND-QN",
        "Phong trào " + campaignId,
        "Vì công lý",
        LocalDate.parse(startsOn),
        LocalDate.parse(endsOn),
        List.of("HALONG", "CAMPHA"),
        List.of(
            new Phase(
                "DOT-1", "Đợt 1", "Đoàn kết", LocalDate.parse(startsOn), LocalDate.parse(endsOn))),
        List.of(
            new Criterion(
                Metric.RESOLUTION_RATE,
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("90.5"),
                new BigDecimal("40"),
                new BigDecimal("1.2"))),
        List.of(
            new ScoreAdjustment(
                Metric.ONLINE_TRIALS,
                AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                BigDecimal.TEN,
                new BigDecimal("0.5"),
                BigDecimal.valueOf(5))),
        List.of(
            new EligibilityGate(
                Metric.ANNULLED_AMENDED_RATE, GateComparison.AT_MOST, new BigDecimal("1.5"))),
        "Kế hoạch thi đua");
  }
}
