package vn.thidua.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.CourtMediationOutcome;
import vn.thidua.events.caseload.RecordAppealOutcome;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.RecordVirtualAssistantUse;
import vn.thidua.events.caseload.VerdictOutcome;

/** The article's figures as a demo plan makes them, computed the way caseload.md defines them. */
record DemoFigures(
    int accepted,
    int resolved,
    BigDecimal annulledAmendedCounted,
    int appealOutcomes,
    int mediationOpenResolved,
    int mediationSuccesses,
    int courtMediationsTransferred,
    int courtMediationsSuccessful,
    int onlineTrials,
    int modelTrials,
    int presidingJudges,
    int judgmentsEffective,
    int judgmentsPublishedWithin30Days,
    int judges,
    int virtualAssistantJudges,
    int questionsAndAnswers,
    int clusterMembers,
    int pledges) {

  static DemoFigures of(DemoPlan plan) {
    var verdicts =
        plan.cases().stream().map(PlannedCase::verdict).flatMap(Optional::stream).toList();
    Map<String, PlannedCase> cases =
        plan.cases().stream().collect(Collectors.toMap(PlannedCase::caseId, Function.identity()));
    BigDecimal counted =
        plan.appeals().stream()
            .filter(DemoFigures::countsAgainstTheUnit)
            .map(
                appeal ->
                    appeal.scope() == AppealScope.WHOLE ? BigDecimal.ONE : new BigDecimal("0.5"))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    Set<String> unitsOfTwoLevels = Set.copyOf(plan.campaign().participantUnitIds());
    return new DemoFigures(
        plan.cases().size(),
        verdicts.size(),
        counted,
        plan.appeals().size(),
        (int)
            plan.cases().stream()
                .filter(planned -> planned.verdict().isPresent())
                .filter(
                    planned -> CaseloadPlanner.isOpenToMediation(planned.acceptance().caseType()))
                .count(),
        (int)
            verdicts.stream()
                .filter(
                    verdict ->
                        verdict.outcome() == VerdictOutcome.MEDIATION_SUCCESS
                            || verdict.outcome() == VerdictOutcome.DIALOGUE_SUCCESS)
                .count(),
        plan.courtMediations().size(),
        (int)
            plan.courtMediations().stream()
                .filter(mediation -> mediation.outcome().outcome() == CourtMediationOutcome.SUCCESS)
                .count(),
        (int) verdicts.stream().filter(RecordVerdict::onlineTrial).count(),
        (int) verdicts.stream().filter(RecordVerdict::modelTrial).count(),
        (int)
            verdicts.stream()
                .filter(RecordVerdict::modelTrial)
                .map(RecordVerdict::presidingJudgeId)
                .distinct()
                .count(),
        plan.judgments().size(),
        (int)
            plan.judgments().stream()
                .filter(
                    judgment ->
                        ChronoUnit.DAYS.between(
                                judgment.effect().effectiveOn(),
                                judgment.publication().publishedOn())
                            <= 30)
                .count(),
        plan.units().stream()
            .filter(unit -> unitsOfTwoLevels.contains(unit.unitId()))
            .mapToInt(DemoUnit::judges)
            .sum(),
        (int)
            plan.virtualAssistantUse().stream()
                .map(RecordVirtualAssistantUse::judgeId)
                .distinct()
                .count(),
        plan.virtualAssistantUse().stream()
            .mapToInt(RecordVirtualAssistantUse::questionsAndAnswersContributed)
            .sum(),
        plan.cluster().formation().memberUnitIds().size(),
        plan.cluster().pledges().size());
  }

  static boolean countsAgainstTheUnit(RecordAppealOutcome appeal) {
    return appeal.result() != AppealResult.UPHELD && appeal.cause() == AppealCause.SUBJECTIVE;
  }

  /** {@code part} as a percentage of {@code whole}, rounded half up to {@code decimals}. */
  static BigDecimal percent(BigDecimal part, int whole, int decimals) {
    return part.multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
  }

  static BigDecimal percent(int part, int whole, int decimals) {
    return percent(BigDecimal.valueOf(part), whole, decimals);
  }

  String describe() {
    return String.format(
        """
          accepted %d, resolved %d → %s %%
          annulled/amended for subjective reasons %s of %d resolved → %s %% (%d appeal outcomes in all)
          mediation/dialogue under the procedure codes %d of %d → %s %%
          mediation at court (Law on Mediation and Dialogue) %d of %d transferred → %s %%
          online trials %d; model trials %d, presided by %d of %d judges
          judgments effective %d, published within 30 days %d → %s %%
          virtual assistant: %d of %d judges, %d Q&A
          Cluster IV: %d members, %d pledges signed → covenant concluded
        """,
        accepted,
        resolved,
        percent(resolved, accepted, 1),
        annulledAmendedCounted.stripTrailingZeros().toPlainString(),
        resolved,
        percent(annulledAmendedCounted, resolved, 2),
        appealOutcomes,
        mediationSuccesses,
        mediationOpenResolved,
        percent(mediationSuccesses, mediationOpenResolved, 1),
        courtMediationsSuccessful,
        courtMediationsTransferred,
        percent(courtMediationsSuccessful, courtMediationsTransferred, 1),
        onlineTrials,
        modelTrials,
        presidingJudges,
        judges,
        judgmentsEffective,
        judgmentsPublishedWithin30Days,
        percent(judgmentsPublishedWithin30Days, judgmentsEffective, 0),
        virtualAssistantJudges,
        judges,
        questionsAndAnswers,
        clusterMembers,
        pledges);
  }
}
