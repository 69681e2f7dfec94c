package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.demo.QuangNinhCampaign.ENDS_ON;
import static vn.thidua.demo.QuangNinhCampaign.STARTS_ON;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.thidua.demo.ChainSender.Request;
import vn.thidua.demo.LoadTally.Kind;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.RecordAppealOutcome;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.RecordVirtualAssistantUse;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.covenant.SignPledge;
import vn.thidua.events.organisation.CourtLevel;

/** Every figure of DOMAIN.md's worked example beyond acceptance and resolution, exactly. */
class DemoFollowUpsTest {
  private final DemoPlan plan = DemoPlan.quangNinh2023();
  private final DemoFigures figures = DemoFigures.of(plan);
  private final Map<String, RecordVerdict> verdicts =
      plan.cases().stream()
          .map(PlannedCase::verdict)
          .flatMap(Optional::stream)
          .collect(Collectors.toMap(RecordVerdict::caseId, Function.identity()));

  @Test
  void theWorkedExamplesFiguresAllHold() {
    assertThat(figures)
        .isEqualTo(
            new DemoFigures(
                7_403,
                7_009,
                new BigDecimal("41.0"),
                177,
                2_906,
                2_020,
                3_380,
                2_337,
                58,
                195,
                101,
                JUDGMENTS,
                JUDGMENTS,
                101,
                101,
                206,
                5,
                5));
    assertThat(DemoFigures.percent(figures.resolved(), figures.accepted(), 1))
        .isEqualByComparingTo("94.7");
    assertThat(DemoFigures.percent(figures.mediationSuccesses(), 2_906, 1))
        .isEqualByComparingTo("69.5");
    assertThat(DemoFigures.percent(figures.courtMediationsSuccessful(), 3_380, 1))
        .isEqualByComparingTo("69.1");
  }

  /** The model and online trials nobody appealed whose judgment took effect within the year. */
  static final int JUDGMENTS = 215;

  @Test
  void annulledOrAmendedForSubjectiveReasonsIs058PercentOfResolvedCountingTwoPartialsAsOne() {
    List<RecordAppealOutcome> counted =
        plan.appeals().stream().filter(DemoFigures::countsAgainstTheUnit).toList();

    assertThat(counted.stream().filter(appeal -> appeal.scope() == AppealScope.WHOLE)).hasSize(37);
    assertThat(counted.stream().filter(appeal -> appeal.scope() == AppealScope.PARTIAL)).hasSize(8);
    assertThat(DemoFigures.percent(figures.annulledAmendedCounted(), 7_009, 2))
        .isEqualByComparingTo("0.58");
    assertThat(counted.stream().map(RecordAppealOutcome::result).distinct())
        .containsExactlyInAnyOrder(AppealResult.AMENDED, AppealResult.ANNULLED);
    // outcomes that do not count are there too
    assertThat(plan.appeals().stream().filter(appeal -> appeal.result() == AppealResult.UPHELD))
        .hasSize(120)
        .allSatisfy(upheld -> assertThat(upheld.scope()).isNull());
    assertThat(plan.appeals().stream().filter(appeal -> !DemoFigures.countsAgainstTheUnit(appeal)))
        .hasSize(132);
  }

  @Test
  void appealOutcomesFollowTriedVerdictsWithinTheYear() {
    assertThat(plan.appeals().stream().map(RecordAppealOutcome::caseId)).doesNotHaveDuplicates();
    assertThat(plan.appeals())
        .allSatisfy(
            appeal -> {
              RecordVerdict verdict = verdicts.get(appeal.caseId());
              assertThat(verdict.outcome()).isEqualTo(VerdictOutcome.TRIED);
              assertThat(appeal.decidedOn())
                  .isAfter(verdict.resolvedOn())
                  .isBeforeOrEqualTo(ENDS_ON);
            });
  }

  @Test
  void everyEffectiveJudgmentIsPublishedWithin30DaysAndWithinTheYear() {
    Set<String> appealed =
        plan.appeals().stream().map(RecordAppealOutcome::caseId).collect(Collectors.toSet());

    assertThat(plan.judgments()).isNotEmpty();
    assertThat(plan.judgments())
        .allSatisfy(
            judgment -> {
              RecordVerdict verdict = verdicts.get(judgment.caseId());
              assertThat(verdict.modelTrial() || verdict.onlineTrial()).isTrue();
              assertThat(appealed).doesNotContain(judgment.caseId());
              assertThat(judgment.effect().effectiveOn()).isAfter(verdict.resolvedOn());
              assertThat(judgment.publication().caseId()).isEqualTo(judgment.caseId());
              assertThat(judgment.publication().publishedOn())
                  .isAfterOrEqualTo(judgment.effect().effectiveOn())
                  .isBeforeOrEqualTo(ENDS_ON);
              assertThat(
                      ChronoUnit.DAYS.between(
                          judgment.effect().effectiveOn(), judgment.publication().publishedOn()))
                  .isLessThanOrEqualTo(30);
            });
  }

  @Test
  void courtMediationTransfers3380MattersAndSucceedsIn2337WithinTheYear() {
    assertThat(plan.courtMediations().stream().map(PlannedMediation::mediationId))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("HG-QN-2023-\\d{5}"));
    assertThat(plan.courtMediations())
        .allSatisfy(
            mediation -> {
              assertThat(mediation.transfer().receivedOn()).isBetween(STARTS_ON, ENDS_ON);
              assertThat(mediation.outcome().concludedOn())
                  .isAfterOrEqualTo(mediation.transfer().receivedOn())
                  .isBeforeOrEqualTo(ENDS_ON);
              assertThat(CaseloadPlanner.isOpenToMediation(mediation.transfer().disputeType()))
                  .isTrue();
              assertThat(plan.campaign().participantUnitIds())
                  .contains(mediation.transfer().unitId());
            });
    assertThat(plan.courtMediations().stream().map(m -> m.transfer().disputeType()).distinct())
        .contains(CaseType.ADMINISTRATIVE, CaseType.MARRIAGE_AND_FAMILY);
  }

  @Test
  void all101JudgesUseTheVirtualAssistantAndContribute206QuestionsAndAnswers() {
    Set<String> allJudges =
        plan.units().stream()
            .filter(unit -> plan.campaign().participantUnitIds().contains(unit.unitId()))
            .flatMap(
                unit ->
                    IntStream.range(0, unit.judges())
                        .mapToObj(index -> CaseloadPlanner.judgeId(unit.unitId(), index)))
            .collect(Collectors.toSet());
    List<RecordVirtualAssistantUse> uses = plan.virtualAssistantUse();

    assertThat(uses.stream().map(RecordVirtualAssistantUse::judgeId).collect(Collectors.toSet()))
        .isEqualTo(allJudges);
    assertThat(uses.stream().mapToInt(RecordVirtualAssistantUse::questionsAndAnswersContributed))
        .allMatch(contributed -> contributed >= 0);
    assertThat(uses.stream().map(use -> use.judgeId() + "@" + use.month())).doesNotHaveDuplicates();
    assertThat(uses)
        .allSatisfy(
            use -> {
              assertThat(use.month()).isBetween(YearMonth.from(STARTS_ON), YearMonth.from(ENDS_ON));
              assertThat(use.judgeId()).startsWith(use.unitId() + "-J");
            });
  }

  @Test
  void clusterIvOfFiveProvincialCourtsConcludesIts2024Covenant() {
    ClusterIv cluster = plan.cluster();
    Map<String, DemoUnit> units =
        plan.units().stream().collect(Collectors.toMap(DemoUnit::unitId, Function.identity()));

    assertThat(cluster.formation().emulationYear()).isEqualTo(2024);
    assertThat(cluster.formation().memberUnitIds())
        .containsExactly("TAND-QN", "TAND-HD", "TAND-HY", "TAND-TB", "TAND-BN")
        .allSatisfy(
            member ->
                assertThat(units.get(member).registration().level())
                    .isEqualTo(CourtLevel.PROVINCIAL));
    assertThat(cluster.formation().chairUnitId()).isEqualTo("TAND-QN");
    assertThat(cluster.formation().deputyUnitId()).isEqualTo("TAND-HD");
    assertThat(cluster.covenant().year()).isEqualTo(2024);
    assertThat(cluster.covenant().clusterId()).isEqualTo(cluster.formation().clusterId());
    assertThat(cluster.covenant().commitments())
        .extracting(commitment -> commitment.metric() + " " + commitment.target())
        .contains(
            "RESOLUTION_RATE 90", "ANNULLED_AMENDED_RATE 1.5", "JUDGMENT_PUBLICATION_RATE 100");
    assertThat(cluster.pledges().stream().map(SignPledge::unitId))
        .containsExactlyElementsOf(cluster.formation().memberUnitIds());
    assertThat(cluster.pledges().stream().map(ClusterIv::signerFor))
        .containsExactly(
            DemoUser.UNIT_HEAD, DemoUser.ADMIN, DemoUser.ADMIN, DemoUser.ADMIN, DemoUser.ADMIN);
    // the new courts are registered after their parent and record no cases
    assertThat(plan.units().indexOf(units.get("TAND-HD")))
        .isGreaterThan(plan.units().indexOf(units.get("TANDTC")));
    assertThat(plan.cases().stream().map(planned -> planned.acceptance().unitId()))
        .doesNotContain("TAND-HD", "TAND-HY", "TAND-TB", "TAND-BN");
  }

  @Test
  void eachCaseIsOneChainInTheOrderItsCommandsNeed() {
    List<List<Request>> chains = DemoLoader.chainsOf(plan);
    Map<Kind, Long> requests =
        chains.stream()
            .flatMap(List::stream)
            .collect(Collectors.groupingBy(Request::kind, Collectors.counting()));

    assertThat(chains).hasSize(7_403 + 3_380 + 101);
    assertThat(requests)
        .containsEntry(Kind.ACCEPTANCES, 7_403L)
        .containsEntry(Kind.VERDICTS, 7_009L)
        .containsEntry(Kind.APPEAL_OUTCOMES, 177L)
        .containsEntry(Kind.JUDGMENTS_EFFECTIVE, (long) JUDGMENTS)
        .containsEntry(Kind.PUBLICATIONS, (long) JUDGMENTS)
        .containsEntry(Kind.MEDIATION_TRANSFERS, 3_380L)
        .containsEntry(Kind.MEDIATION_OUTCOMES, 3_380L)
        .containsEntry(Kind.VIRTUAL_ASSISTANT_USE, 202L);
    assertThat(chains)
        .allSatisfy(
            chain ->
                assertThat(chain.stream().map(Request::kind).toList())
                    .isSortedAccordingTo(Enum::compareTo));
  }
}
