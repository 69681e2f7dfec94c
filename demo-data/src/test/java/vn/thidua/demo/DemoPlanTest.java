package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.demo.QuangNinhCampaign.ENDS_ON;
import static vn.thidua.demo.QuangNinhCampaign.STARTS_ON;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.thidua.events.caseload.AcceptCase;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.organisation.CourtLevel;

class DemoPlanTest {
  private static final LocalDate ARTICLE_PUBLISHED = LocalDate.of(2023, 12, 8);

  private final DemoPlan plan = DemoPlan.quangNinh2023();

  @Test
  void acceptsTheArticles7403CasesInTheCampaignPeriodSense() {
    // the contract's definition: accepted on or before the end, and not resolved before the start
    long accepted =
        plan.cases().stream()
            .filter(planned -> !planned.acceptance().acceptedOn().isAfter(ENDS_ON))
            .filter(
                planned ->
                    planned
                        .verdict()
                        .map(verdict -> !verdict.resolvedOn().isBefore(STARTS_ON))
                        .orElse(true))
            .count();

    assertThat(plan.cases()).hasSize(7_403);
    assertThat(accepted).isEqualTo(7_403);
  }

  @Test
  void resolvesThe7009CasesInsideTheCampaignPeriod() {
    List<RecordVerdict> verdicts = verdicts();

    assertThat(verdicts).hasSize(7_009);
    assertThat(verdicts)
        .allSatisfy(verdict -> assertThat(verdict.resolvedOn()).isBetween(STARTS_ON, ENDS_ON));
  }

  @Test
  void carriedOverCasesWereAcceptedBeforeTheYearAndNewOnesWithinIt() {
    List<AcceptCase> acceptances = plan.cases().stream().map(PlannedCase::acceptance).toList();

    assertThat(acceptances.stream().filter(AcceptCase::carriedOver))
        .isNotEmpty()
        .allSatisfy(carried -> assertThat(carried.acceptedOn()).isBefore(STARTS_ON));
    assertThat(acceptances.stream().filter(acceptance -> !acceptance.carriedOver()))
        .allSatisfy(fresh -> assertThat(fresh.acceptedOn()).isBetween(STARTS_ON, ENDS_ON));
  }

  @Test
  void noVerdictPrecedesItsAcceptanceOrLiesInTheFuture() {
    assertThat(plan.cases())
        .allSatisfy(
            planned ->
                planned
                    .verdict()
                    .ifPresent(
                        verdict ->
                            assertThat(verdict.resolvedOn())
                                .isAfterOrEqualTo(planned.acceptance().acceptedOn())
                                .isBefore(ARTICLE_PUBLISHED)));
  }

  @Test
  void holds58OnlineTrialsAllOfThemTried() {
    List<RecordVerdict> online = verdicts().stream().filter(RecordVerdict::onlineTrial).toList();

    assertThat(online).hasSize(58);
    assertThat(online)
        .allSatisfy(trial -> assertThat(trial.outcome()).isEqualTo(VerdictOutcome.TRIED));
  }

  @Test
  void holds195ModelTrialsWithEachOfThe101JudgesPresidingAtLeastOne() {
    List<RecordVerdict> modelTrials =
        verdicts().stream().filter(RecordVerdict::modelTrial).toList();
    Set<String> allJudges =
        plan.units().stream()
            .filter(unit -> plan.campaign().participantUnitIds().contains(unit.unitId()))
            .flatMap(
                unit ->
                    IntStream.range(0, unit.judges())
                        .mapToObj(index -> CaseloadPlanner.judgeId(unit.unitId(), index)))
            .collect(Collectors.toSet());

    assertThat(modelTrials).hasSize(195);
    assertThat(modelTrials)
        .allSatisfy(trial -> assertThat(trial.outcome()).isEqualTo(VerdictOutcome.TRIED));
    assertThat(allJudges).hasSize(101);
    assertThat(
            modelTrials.stream().map(RecordVerdict::presidingJudgeId).collect(Collectors.toSet()))
        .isEqualTo(allJudges);
  }

  @Test
  void everyVerdictIsPresidedOverByAJudgeOfTheCasesUnit() {
    assertThat(plan.cases())
        .allSatisfy(
            planned ->
                planned
                    .verdict()
                    .ifPresent(
                        verdict ->
                            assertThat(verdict.presidingJudgeId())
                                .matches(planned.acceptance().unitId() + "-J\\d{2}")));
  }

  @Test
  void mediatesOrHoldsDialogueIn2020OfThe2906ResolvedCasesOpenToIt() {
    Map<Boolean, Long> successes =
        plan.cases().stream()
            .filter(planned -> planned.verdict().isPresent())
            .filter(planned -> CaseloadPlanner.isOpenToMediation(planned.acceptance().caseType()))
            .collect(
                Collectors.partitioningBy(
                    planned -> isMediationOrDialogue(planned.verdict().get().outcome()),
                    Collectors.counting()));

    assertThat(successes.get(true) + successes.get(false)).isEqualTo(2_906);
    assertThat(successes.get(true)).isEqualTo(2_020);
    assertThat(verdicts().stream().map(RecordVerdict::outcome).distinct())
        .contains(VerdictOutcome.TRIED, VerdictOutcome.WITHDRAWN_OR_SUSPENDED);
  }

  @Test
  void everyCourtOfTheTwoLevelsHasCasesAndHaLongTheMost() {
    Map<String, Long> casesPerUnit =
        plan.cases().stream()
            .collect(
                Collectors.groupingBy(
                    planned -> planned.acceptance().unitId(), Collectors.counting()));

    assertThat(casesPerUnit.keySet())
        .containsExactlyInAnyOrderElementsOf(plan.campaign().participantUnitIds());
    assertThat(casesPerUnit.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey())
        .isEqualTo("TAND-QN-HALONG");
  }

  @Test
  void caseIdsAreUniqueAndFollowTheOrderOfAcceptance() {
    List<String> ids = plan.cases().stream().map(PlannedCase::caseId).toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("QN-2023-\\d{6}"));
    assertThat(ids.get(0)).isEqualTo("QN-2023-000001");
    assertThat(plan.cases()).extracting(planned -> planned.acceptance().acceptedOn()).isSorted();
  }

  @Test
  void plansTheSameCasesEveryTime() {
    assertThat(DemoPlan.quangNinh2023()).isEqualTo(plan);
  }

  @Test
  void theProvincialCourtAndItsThirteenDistrictCourtsHave101Judges() {
    Map<String, DemoUnit> units =
        plan.units().stream().collect(Collectors.toMap(DemoUnit::unitId, Function.identity()));
    List<DemoUnit> twoLevels =
        plan.campaign().participantUnitIds().stream().map(units::get).toList();

    assertThat(twoLevels).hasSize(14);
    assertThat(twoLevels.stream().mapToInt(DemoUnit::judges).sum()).isEqualTo(101);
    assertThat(
            twoLevels.stream().filter(unit -> unit.registration().level() == CourtLevel.DISTRICT))
        .hasSize(13)
        .allSatisfy(unit -> assertThat(unit.registration().parentUnitId()).isEqualTo("TAND-QN"));
    assertThat(plan.units().get(0).registration().level()).isEqualTo(CourtLevel.SUPREME);
  }

  @Test
  void theCampaignHasTheArticlesTwoPhasesCoveringTheYear() {
    assertThat(plan.campaign().campaignId()).isEqualTo("QN-2023");
    assertThat(plan.campaign().organiserUnitId()).isEqualTo("TAND-QN");
    assertThat(plan.campaign().phases())
        .extracting(phase -> phase.startsOn() + ".." + phase.endsOn())
        .containsExactly("2022-10-01..2023-03-31", "2023-04-01..2023-09-30");
  }

  private List<RecordVerdict> verdicts() {
    return plan.cases().stream().map(PlannedCase::verdict).flatMap(Optional::stream).toList();
  }

  private static boolean isMediationOrDialogue(VerdictOutcome outcome) {
    return outcome == VerdictOutcome.MEDIATION_SUCCESS
        || outcome == VerdictOutcome.DIALOGUE_SUCCESS;
  }
}
