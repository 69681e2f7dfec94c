package vn.thidua.command.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.command.organisation.KnownUnits;
import vn.thidua.events.campaign.CampaignAlreadyLaunched;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.InvalidPhases;
import vn.thidua.events.campaign.LaunchCampaign;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.organisation.UnknownUnit;

class CampaignTest {
  private static final LocalDate START = LocalDate.of(2022, 10, 1);
  private static final LocalDate END = LocalDate.of(2023, 9, 30);
  private static final Phase FIRST =
      new Phase("dot-1", "Đợt 1", "Đoàn kết", START, LocalDate.of(2023, 3, 31));
  private static final Phase SECOND =
      new Phase("dot-2", "Đợt 2", "Đẩy nhanh tiến độ", LocalDate.of(2023, 4, 1), END);
  private static final List<Criterion> CRITERIA =
      List.of(
          new Criterion(
              Metric.RESOLUTION_RATE, Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(90)));

  private final AggregateTestFixture<Campaign> fixture = new AggregateTestFixture<>(Campaign.class);

  @BeforeEach
  void knowTheUnits() {
    fixture.registerInjectableResource(
        new KnownUnits().with("TAND-QN", null).with("TAND-QN-HALONG", "TAND-QN"));
  }

  private static LaunchCampaign launch(List<String> participants, List<Phase> phases) {
    return new LaunchCampaign(
        "QN-2023",
        "TAND-QN",
        "Thi đua 2023",
        "Vì công lý",
        START,
        END,
        participants,
        phases,
        CRITERIA,
        "Kế hoạch 2023");
  }

  @Test
  void launchesACampaignWithTwoPhases() {
    fixture
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN", "TAND-QN-HALONG"), List.of(FIRST, SECOND)))
        .expectEvents(
            new CampaignLaunched(
                "QN-2023",
                "TAND-QN",
                "Thi đua 2023",
                "Vì công lý",
                START,
                END,
                List.of("TAND-QN", "TAND-QN-HALONG"),
                List.of(FIRST, SECOND),
                CRITERIA,
                "Kế hoạch 2023"));
  }

  @Test
  void cannotLaunchWithAnUnknownParticipant() {
    fixture
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN", "NOPE"), List.of(FIRST)))
        .expectException(UnknownUnit.class)
        .expectExceptionMessage("Unit 'NOPE' is not registered")
        .expectNoEvents();
  }

  @Test
  void cannotLaunchWithOverlappingPhases() {
    Phase overlapping = new Phase("dot-2", "Đợt 2", null, LocalDate.of(2023, 3, 1), END);
    fixture
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN"), List.of(FIRST, overlapping)))
        .expectException(InvalidPhases.class)
        .expectNoEvents();
  }

  @Test
  void cannotLaunchWithAPhaseOutsideTheCampaignPeriod() {
    Phase early =
        new Phase("dot-0", "Đợt 0", null, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31));
    fixture
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN"), List.of(early)))
        .expectException(InvalidPhases.class)
        .expectNoEvents();
  }

  @Test
  void cannotLaunchAPhaseThatEndsBeforeItStarts() {
    Phase backwards = new Phase("dot-1", "Đợt 1", null, LocalDate.of(2023, 3, 31), START);
    fixture
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN"), List.of(backwards)))
        .expectException(InvalidPhases.class)
        .expectNoEvents();
  }

  @Test
  void cannotLaunchTheSameCampaignTwice() {
    fixture
        .given(
            new CampaignLaunched(
                "QN-2023",
                "TAND-QN",
                "Thi đua 2023",
                null,
                START,
                END,
                List.of("TAND-QN"),
                List.of(FIRST),
                CRITERIA,
                null))
        .when(launch(List.of("TAND-QN"), List.of(FIRST)))
        .expectException(CampaignAlreadyLaunched.class)
        .expectNoEvents();
  }
}
