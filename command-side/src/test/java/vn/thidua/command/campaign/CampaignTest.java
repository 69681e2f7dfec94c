package vn.thidua.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.thidua.command.organisation.FormedCluster;
import vn.thidua.command.organisation.KnownClusters;
import vn.thidua.command.organisation.KnownUnits;
import vn.thidua.events.campaign.AdjustmentKind;
import vn.thidua.events.campaign.CampaignAlreadyClosed;
import vn.thidua.events.campaign.CampaignAlreadyLaunched;
import vn.thidua.events.campaign.CampaignClosed;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.CloseCampaign;
import vn.thidua.events.campaign.CriteriaRevised;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.GateComparison;
import vn.thidua.events.campaign.InvalidPhases;
import vn.thidua.events.campaign.LaunchCampaign;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.campaign.ReviseCriteria;
import vn.thidua.events.campaign.ScoreAdjustment;
import vn.thidua.events.campaign.UnknownCampaignPhase;
import vn.thidua.events.organisation.UnknownUnit;
import vn.thidua.events.problem.DomainException;

class CampaignTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate START = LocalDate.of(2022, 10, 1);
  private static final LocalDate END = LocalDate.of(2023, 9, 30);
  private static final Phase FIRST =
      new Phase("dot-1", "Đợt 1", "Đoàn kết", START, LocalDate.of(2023, 3, 31));
  private static final Phase SECOND =
      new Phase("dot-2", "Đợt 2", "Đẩy nhanh tiến độ", LocalDate.of(2023, 4, 1), END);
  private static final List<Criterion> CRITERIA =
      List.of(
          new Criterion(
              Metric.RESOLUTION_RATE,
              Direction.HIGHER_IS_BETTER,
              BigDecimal.valueOf(90),
              BigDecimal.valueOf(50),
              new BigDecimal("1.2")));
  private static final List<ScoreAdjustment> ADJUSTMENTS =
      List.of(
          new ScoreAdjustment(
              Metric.ONLINE_TRIALS,
              AdjustmentKind.BONUS_PER_UNIT_ABOVE,
              BigDecimal.TEN,
              BigDecimal.ONE,
              null));
  private static final List<EligibilityGate> GATES =
      List.of(
          new EligibilityGate(
              Metric.ANNULLED_AMENDED_RATE, GateComparison.AT_MOST, new BigDecimal("1.5")));
  private static final CampaignLaunched LAUNCHED =
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
          ADJUSTMENTS,
          GATES,
          "Kế hoạch 2023");

  private final FakeTally tally =
      new FakeTally()
          .with("TAND-QN", 100, 95, Map.of(Metric.RESOLUTION_RATE, new BigDecimal("95.0")))
          .with("TAND-QN-HALONG", 100, 80, Map.of(Metric.RESOLUTION_RATE, new BigDecimal("80.0")));

  /** A fixture whose business clock reads 09:00 in Vietnam on {@code today}. */
  private AggregateTestFixture<Campaign> fixtureOn(LocalDate today) {
    AggregateTestFixture<Campaign> fixture = new AggregateTestFixture<>(Campaign.class);
    fixture.registerInjectableResource(
        new KnownUnits().with("TAND-QN", null).with("TAND-QN-HALONG", "TAND-QN"));
    fixture.registerInjectableResource(
        new KnownClusters()
            .with(
                new FormedCluster(
                    "CUM-QN-2023",
                    2023,
                    List.of("TAND-QN-HALONG", "TAND-QN-CAMPHA", "TAND-QN-UONGBI"),
                    "TAND-QN-HALONG",
                    "TAND-QN-CAMPHA"))
            .with(
                new FormedCluster(
                    "CUM-QN2-2023",
                    2023,
                    List.of("TAND-QN-UONGBI", "TAND-QN-MONGCAI"),
                    "TAND-QN-UONGBI",
                    "TAND-QN-MONGCAI"))
            .with(
                new FormedCluster(
                    "CUM-QN-2025",
                    2025,
                    List.of("TAND-QN-HALONG", "TAND-QN-CAMPHA"),
                    "TAND-QN-HALONG",
                    "TAND-QN-CAMPHA")));
    fixture.registerInjectableResource(
        Clock.fixed(today.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM));
    fixture.registerInjectableResource(new CampaignSettings(null, null));
    fixture.registerInjectableResource(tally);
    return fixture;
  }

  private static LaunchCampaign launch(List<String> participants, List<Phase> phases) {
    return launch(participants, phases, CRITERIA, ADJUSTMENTS, GATES);
  }

  private static LaunchCampaign launch(
      List<String> participants,
      List<Phase> phases,
      List<Criterion> criteria,
      List<ScoreAdjustment> adjustments,
      List<EligibilityGate> gates) {
    return new LaunchCampaign(
        "QN-2023",
        "TAND-QN",
        "Thi đua 2023",
        "Vì công lý",
        START,
        END,
        participants,
        phases,
        criteria,
        adjustments,
        gates,
        "Kế hoạch 2023");
  }

  private static ReviseCriteria revise(String phaseId, List<Criterion> criteria, String reason) {
    return new ReviseCriteria("QN-2023", phaseId, criteria, List.of(), List.of(), reason);
  }

  /** From 09:00 on {@code today} to midnight after the phase's last day, in Vietnam. */
  private static Duration untilClose(LocalDate today, Phase phase) {
    return Duration.between(
        today.atTime(9, 0),
        LocalDateTime.of(phase.endsOn().plusDays(1), java.time.LocalTime.MIDNIGHT));
  }

  @Test
  void launchesACampaignWithItsScoringTableAndSchedulesEachPhaseClose() {
    LocalDate today = LocalDate.of(2022, 9, 15);
    fixtureOn(today)
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN", "TAND-QN-HALONG"), List.of(FIRST, SECOND)))
        .expectEvents(LAUNCHED)
        .expectScheduledDeadline(untilClose(today, FIRST), new PhaseCloseDue("dot-1"))
        .expectScheduledDeadline(untilClose(today, SECOND), new PhaseCloseDue("dot-2"));
  }

  @Test
  void aPhaseThatAlreadyEndedAtLaunchIsDueAtOnce() {
    LocalDate today = LocalDate.of(2023, 5, 10);
    fixtureOn(today)
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN", "TAND-QN-HALONG"), List.of(FIRST, SECOND)))
        .expectScheduledDeadline(Duration.ZERO, new PhaseCloseDue("dot-1"))
        .expectScheduledDeadline(untilClose(today, SECOND), new PhaseCloseDue("dot-2"));
  }

  @Test
  void cannotLaunchWithAnUnknownParticipant() {
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN", "NOPE"), List.of(FIRST)))
        .expectException(UnknownUnit.class)
        .expectExceptionMessage("Unit 'NOPE' is not registered")
        .expectNoEvents()
        .expectNoScheduledDeadlines();
  }

  private static LaunchCampaign launchWith(List<String> units, List<String> clusters) {
    return new LaunchCampaign(
        "QN-2023",
        "TAND-QN",
        "Thi đua 2023",
        "Vì công lý",
        START,
        END,
        units,
        clusters,
        List.of(FIRST, SECOND),
        CRITERIA,
        ADJUSTMENTS,
        GATES,
        "Kế hoạch 2023");
  }

  private static CampaignLaunched launchedWith(List<String> units, List<String> clusters) {
    return new CampaignLaunched(
        "QN-2023",
        "TAND-QN",
        "Thi đua 2023",
        "Vì công lý",
        START,
        END,
        units,
        List.of(FIRST, SECOND),
        CRITERIA,
        ADJUSTMENTS,
        GATES,
        "Kế hoạch 2023",
        clusters);
  }

  @Test
  void aClusterTakesPartThroughItsMemberUnits() {
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launchWith(List.of(), List.of("CUM-QN-2023")))
        .expectEvents(
            launchedWith(
                List.of("TAND-QN-HALONG", "TAND-QN-CAMPHA", "TAND-QN-UONGBI"),
                List.of("CUM-QN-2023")));
  }

  @Test
  void unitsAndClustersTogetherCountEachUnitOnce() {
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(
            launchWith(
                List.of("TAND-QN", "TAND-QN-HALONG"),
                List.of("CUM-QN-2023", "CUM-QN2-2023", "CUM-QN-2023")))
        .expectEvents(
            launchedWith(
                List.of(
                    "TAND-QN",
                    "TAND-QN-HALONG",
                    "TAND-QN-CAMPHA",
                    "TAND-QN-UONGBI",
                    "TAND-QN-MONGCAI"),
                List.of("CUM-QN-2023", "CUM-QN2-2023")));
  }

  @Test
  void cannotLaunchWithAClusterNeverFormed() {
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launchWith(List.of("TAND-QN"), List.of("CUM-QN-2023", "NOPE")))
        .expectException(ruleBroken("participantClusterIds[1]", "cluster-must-be-formed"))
        .expectExceptionMessage("Cluster 'NOPE' was never formed")
        .expectNoEvents()
        .expectNoScheduledDeadlines();
  }

  @Test
  void cannotLaunchWithAClusterOfAnEmulationYearOutsideTheCampaignPeriod() {
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launchWith(List.of(), List.of("CUM-QN-2025")))
        .expectException(
            ruleBroken("participantClusterIds[0]", "cluster-year-within-campaign-period"))
        .expectNoEvents()
        .expectNoScheduledDeadlines();
  }

  @Test
  void cannotLaunchWithoutAnyParticipant() {
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launchWith(null, null))
        .expectException(ruleBroken("participantUnitIds", "at-least-one-participant"))
        .expectNoEvents()
        .expectNoScheduledDeadlines();
  }

  @Test
  void cannotLaunchWithOverlappingPhases() {
    Phase overlapping = new Phase("dot-2", "Đợt 2", null, LocalDate.of(2023, 3, 1), END);
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN"), List.of(FIRST, overlapping)))
        .expectException(InvalidPhases.class)
        .expectNoEvents();
  }

  @Test
  void cannotLaunchWithAPhaseOutsideTheCampaignPeriod() {
    Phase early =
        new Phase("dot-0", "Đợt 0", null, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31));
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN"), List.of(early)))
        .expectException(InvalidPhases.class)
        .expectNoEvents();
  }

  @Test
  void cannotLaunchAPhaseThatEndsBeforeItStarts() {
    Phase backwards = new Phase("dot-1", "Đợt 1", null, LocalDate.of(2023, 3, 31), START);
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN"), List.of(backwards)))
        .expectException(InvalidPhases.class)
        .expectNoEvents();
  }

  @Test
  void cannotLaunchTheSameCampaignTwice() {
    fixtureOn(START)
        .given(LAUNCHED)
        .when(launch(List.of("TAND-QN"), List.of(FIRST)))
        .expectException(CampaignAlreadyLaunched.class)
        .expectNoEvents();
  }

  @Test
  void cannotLaunchWithAMetricScoredTwice() {
    List<Criterion> twice = List.of(CRITERIA.get(0), CRITERIA.get(0));
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN"), List.of(FIRST), twice, List.of(), List.of()))
        .expectException(ruleBroken("criteria[1].metric", "criterion-metric-unique"))
        .expectNoEvents();
  }

  @Test
  void cannotLaunchWithBasePointsOfZero() {
    List<Criterion> free =
        List.of(
            new Criterion(
                Metric.RESOLUTION_RATE,
                Direction.HIGHER_IS_BETTER,
                BigDecimal.TEN,
                BigDecimal.ZERO,
                BigDecimal.ONE));
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN"), List.of(FIRST), free, List.of(), List.of()))
        .expectException(ruleBroken("criteria[0].basePoints", "base-points-positive"))
        .expectNoEvents();
  }

  @Test
  void cannotLaunchWithACapBelowOne() {
    List<Criterion> capped =
        List.of(
            new Criterion(
                Metric.RESOLUTION_RATE,
                Direction.HIGHER_IS_BETTER,
                BigDecimal.TEN,
                BigDecimal.TEN,
                new BigDecimal("0.9")));
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN"), List.of(FIRST), capped, List.of(), List.of()))
        .expectException(ruleBroken("criteria[0].cap", "cap-at-least-one"))
        .expectNoEvents();
  }

  @Test
  void cannotLaunchWithABonusWorthNothing() {
    List<ScoreAdjustment> nothing =
        List.of(
            new ScoreAdjustment(
                Metric.ONLINE_TRIALS,
                AdjustmentKind.BONUS_PER_UNIT_ABOVE,
                BigDecimal.TEN,
                BigDecimal.ZERO,
                null));
    fixtureOn(START)
        .givenNoPriorActivity()
        .when(launch(List.of("TAND-QN"), List.of(FIRST), CRITERIA, nothing, List.of()))
        .expectException(ruleBroken("adjustments[0].points", "adjustment-points-positive"))
        .expectNoEvents();
  }

  @Test
  void revisesTheScoringTableOfAPhaseThatHasNotStarted() {
    fixtureOn(LocalDate.of(2023, 3, 31))
        .given(LAUNCHED)
        .when(revise("dot-2", CRITERIA, "Chỉ thị 01/2024"))
        .expectEvents(
            new CriteriaRevised(
                "QN-2023", "dot-2", CRITERIA, List.of(), List.of(), "Chỉ thị 01/2024"));
  }

  @Test
  void cannotReviseAPhaseThatHasStarted() {
    fixtureOn(LocalDate.of(2023, 4, 1))
        .given(LAUNCHED)
        .when(revise("dot-2", CRITERIA, "Chỉ thị 01/2024"))
        .expectException(ruleBroken("phaseId", "revise-before-phase-starts"))
        .expectNoEvents();
  }

  @Test
  void cannotReviseWithoutAReason() {
    fixtureOn(LocalDate.of(2023, 3, 1))
        .given(LAUNCHED)
        .when(revise("dot-2", CRITERIA, " "))
        .expectException(ruleBroken("reason", "reason-required"))
        .expectNoEvents();
  }

  @Test
  void cannotReviseAnUnknownPhase() {
    fixtureOn(LocalDate.of(2023, 3, 1))
        .given(LAUNCHED)
        .when(revise("dot-9", CRITERIA, "Chỉ thị 01/2024"))
        .expectException(UnknownCampaignPhase.class)
        .expectNoEvents();
  }

  @Test
  void cannotReviseIntoAnInvalidScoringTable() {
    fixtureOn(LocalDate.of(2023, 3, 1))
        .given(LAUNCHED)
        .when(revise("dot-2", List.of(CRITERIA.get(0), CRITERIA.get(0)), "Chỉ thị 01/2024"))
        .expectException(ruleBroken("criteria[1].metric", "criterion-metric-unique"))
        .expectNoEvents();
  }

  @Test
  void cannotReviseAClosedCampaign() {
    fixtureOn(LocalDate.of(2022, 9, 1))
        .given(
            LAUNCHED,
            new CampaignClosed(
                "QN-2023", LocalDate.of(2022, 9, 1), List.of("dot-1", "dot-2"), "Hủy"))
        .when(revise("dot-2", CRITERIA, "Chỉ thị 01/2024"))
        .expectException(CampaignAlreadyClosed.class)
        .expectNoEvents();
  }

  @Test
  void thePhaseDeadlineFreezesRankedStandingsForThePhasePeriod() {
    LocalDate today = LocalDate.of(2022, 9, 15);
    fixtureOn(today)
        .givenCommands(launch(List.of("TAND-QN", "TAND-QN-HALONG"), List.of(FIRST, SECOND)))
        .whenThenTimeElapses(untilClose(today, FIRST))
        .expectTriggeredDeadlines(new PhaseCloseDue("dot-1"))
        .expectEventsMatching(
            payloadsMatching(
                exactSequenceOf(
                    frozenWhere(
                        frozen ->
                            frozen.phaseId().equals("dot-1")
                                && frozen.endedOn().equals(FIRST.endsOn())
                                && frozen.standings().stream()
                                    .map(FrozenStanding::unitId)
                                    .toList()
                                    .equals(List.of("TAND-QN", "TAND-QN-HALONG"))
                                && frozen.standings().get(0).rank() == 1
                                && frozen.standings().get(0).uncheckedGates().size() == 1),
                    andNoMore())));
    assertThat(tally.periodsAsked).containsExactly("2022-10-01..2023-03-31");
  }

  @Test
  void freezingAPhaseTwiceChangesNothing() {
    LocalDate today = LocalDate.of(2022, 9, 15);
    fixtureOn(today)
        .givenCommands(launch(List.of("TAND-QN"), List.of(FIRST, SECOND)))
        .andGiven(new PhaseStandingsFrozen("QN-2023", "dot-1", FIRST.endsOn(), List.of()))
        .whenThenTimeElapses(untilClose(today, FIRST))
        .expectTriggeredDeadlines(new PhaseCloseDue("dot-1"))
        .expectNoEvents();
  }

  @Test
  void closingFreezesEveryStartedPhaseNotYetFrozenAndCancelsTheRest() {
    LocalDate today = LocalDate.of(2023, 2, 10);
    fixtureOn(today)
        .given(LAUNCHED)
        .when(new CloseCampaign("QN-2023", "Sáp nhập đơn vị"))
        .expectEventsMatching(
            payloadsMatching(
                exactSequenceOf(
                    frozenWhere(
                        frozen ->
                            frozen.phaseId().equals("dot-1")
                                && frozen.endedOn().equals(today)
                                && frozen.standings().size() == 2),
                    closedWhere(
                        closed ->
                            closed.equals(
                                new CampaignClosed(
                                    "QN-2023", today, List.of("dot-2"), "Sáp nhập đơn vị"))),
                    andNoMore())));
    assertThat(tally.periodsAsked).containsExactly("2022-10-01..2023-02-10");
  }

  @Test
  void closingDoesNotFreezeAPhaseAgain() {
    LocalDate today = LocalDate.of(2023, 10, 5);
    fixtureOn(today)
        .given(LAUNCHED, new PhaseStandingsFrozen("QN-2023", "dot-1", FIRST.endsOn(), List.of()))
        .when(new CloseCampaign("QN-2023", "Kết thúc"))
        .expectEventsMatching(
            payloadsMatching(
                exactSequenceOf(
                    frozenWhere(
                        frozen -> frozen.phaseId().equals("dot-2") && frozen.endedOn().equals(END)),
                    closedWhere(closed -> closed.cancelledPhaseIds().isEmpty()),
                    andNoMore())));
  }

  @Test
  void cannotCloseACampaignTwice() {
    fixtureOn(LocalDate.of(2023, 10, 5))
        .given(LAUNCHED, new CampaignClosed("QN-2023", END, List.of(), "Kết thúc"))
        .when(new CloseCampaign("QN-2023", "Lại"))
        .expectException(CampaignAlreadyClosed.class)
        .expectNoEvents();
  }

  @Test
  void cannotCloseWithoutAReason() {
    fixtureOn(LocalDate.of(2023, 10, 5))
        .given(LAUNCHED)
        .when(new CloseCampaign("QN-2023", null))
        .expectException(ruleBroken("reason", "reason-required"))
        .expectNoEvents();
  }

  @Test
  void aPhaseDeadlineAfterTheCampaignClosedChangesNothing() {
    LocalDate today = LocalDate.of(2022, 9, 15);
    fixtureOn(today)
        .givenCommands(
            launch(List.of("TAND-QN"), List.of(FIRST, SECOND)),
            new CloseCampaign("QN-2023", "Hủy phong trào"))
        .whenThenTimeElapses(untilClose(today, SECOND))
        .expectTriggeredDeadlines(new PhaseCloseDue("dot-1"), new PhaseCloseDue("dot-2"))
        .expectNoEvents();
  }

  private static org.hamcrest.Matcher<Object> frozenWhere(
      java.util.function.Predicate<PhaseStandingsFrozen> check) {
    return matches(event -> event instanceof PhaseStandingsFrozen frozen && check.test(frozen));
  }

  private static org.hamcrest.Matcher<Object> closedWhere(
      java.util.function.Predicate<CampaignClosed> check) {
    return matches(event -> event instanceof CampaignClosed closed && check.test(closed));
  }

  private static org.hamcrest.Matcher<DomainException> ruleBroken(String field, String rule) {
    return matches(
        (DomainException broken) -> broken.field().equals(field) && broken.rule().equals(rule));
  }
}
