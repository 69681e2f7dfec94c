package vn.thidua.demo;

import static vn.thidua.demo.QuangNinhCampaign.ENDS_ON;
import static vn.thidua.demo.QuangNinhCampaign.STARTS_ON;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import vn.thidua.events.caseload.AcceptCase;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.VerdictOutcome;

/**
 * Plans the caseload the article reports for 1/10/2022 – 30/9/2023: 7,403 cases accepted (carried
 * over plus new), 7,009 of them resolved, 58 online trials, 195 model trials among the 101 judges
 * (each judge presides at least one, as the rule asks), and 2,020 successful mediations or
 * dialogues among the 2,906 resolved cases open to them. Units, types, judges and dates are drawn
 * from a fixed seed, so every run plans the same cases under the same ids.
 */
final class CaseloadPlanner {
  static final long SEED = 20231208L;
  static final int ACCEPTED = 7_403;
  static final int RESOLVED = 7_009;
  static final int ONLINE_TRIALS = 58;
  static final int MODEL_TRIALS = 195;
  static final int MEDIATION_OPEN_RESOLVED = 2_906;
  static final int MEDIATION_SUCCESSES = 2_020;

  /** Our estimates where the article gives no figure. */
  private static final int MEDIATION_OPEN_PENDING = 230;

  private static final double CARRIED_OVER_SHARE = 0.12;
  private static final double WITHDRAWN_SHARE_OF_CIVIL = 0.3;
  private static final double WITHDRAWN_SHARE_OF_OTHERS = 0.05;

  private static final List<CaseType> MEDIATION_OPEN_TYPES =
      List.of(
          CaseType.MARRIAGE_AND_FAMILY,
          CaseType.CIVIL,
          CaseType.BUSINESS_AND_TRADE,
          CaseType.LABOUR,
          CaseType.ADMINISTRATIVE);
  private static final int[] MEDIATION_OPEN_WEIGHTS = {52, 33, 9, 2, 4};

  /** Cases no mediation applies to; administrative measures are the many "việc" of the year. */
  private static final List<CaseType> OTHER_TYPES =
      List.of(CaseType.CRIMINAL, CaseType.ADMINISTRATIVE_MEASURE);

  private static final int[] OTHER_WEIGHTS = {55, 45};

  private final Random random;

  CaseloadPlanner(long seed) {
    this.random = new Random(seed);
  }

  static boolean isOpenToMediation(CaseType type) {
    return MEDIATION_OPEN_TYPES.contains(type);
  }

  List<PlannedCase> plan(List<DemoUnit> units) {
    List<Draft> drafts = draftCases(units);
    markPending(drafts, true, MEDIATION_OPEN_PENDING);
    markPending(drafts, false, ACCEPTED - RESOLVED - MEDIATION_OPEN_PENDING);
    List<Draft> resolved = drafts.stream().filter(draft -> !draft.pending).toList();
    resolved.forEach(this::settleResolvedOn);
    decideOutcomes(resolved);
    pickOnlineTrials(resolved);
    assignPresidingJudges(resolved, units);
    pickModelTrials(resolved, units);
    return numberInOrderOfAcceptance(drafts);
  }

  private List<Draft> draftCases(List<DemoUnit> units) {
    List<String> unitOfCase =
        shuffled(
            Quotas.repeat(
                units.stream().map(DemoUnit::unitId).toList(),
                Quotas.split(
                    ACCEPTED, units.stream().mapToInt(DemoUnit::caseloadWeight).toArray())));
    int mediationOpen = MEDIATION_OPEN_RESOLVED + MEDIATION_OPEN_PENDING;
    List<CaseType> typeOfCase = new ArrayList<>();
    typeOfCase.addAll(
        Quotas.repeat(MEDIATION_OPEN_TYPES, Quotas.split(mediationOpen, MEDIATION_OPEN_WEIGHTS)));
    typeOfCase.addAll(
        Quotas.repeat(OTHER_TYPES, Quotas.split(ACCEPTED - mediationOpen, OTHER_WEIGHTS)));
    typeOfCase = shuffled(typeOfCase);

    // some courts work faster than others, which is what makes the leaderboard interesting
    Map<String, Double> pace = new HashMap<>();
    units.forEach(unit -> pace.put(unit.unitId(), 0.75 + 0.6 * random.nextDouble()));

    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < ACCEPTED; i++) {
      String unitId = unitOfCase.get(i);
      CaseType type = typeOfCase.get(i);
      boolean carriedOver = random.nextDouble() < CARRIED_OVER_SHARE;
      LocalDate acceptedOn =
          carriedOver
              ? STARTS_ON.minusDays(1 + random.nextInt(180))
              : dayBetween(STARTS_ON, ENDS_ON);
      // a carried-over case was still pending on 1 October, so its time runs from then
      LocalDate clockStarts = carriedOver ? STARTS_ON : acceptedOn;
      long days = Math.round(typicalDuration(type) * pace.get(unitId));
      drafts.add(new Draft(i, unitId, type, carriedOver, acceptedOn, clockStarts.plusDays(days)));
    }
    return drafts;
  }

  /** The cases that would take longest stay pending at the end of the year. */
  private static void markPending(List<Draft> drafts, boolean openToMediation, int count) {
    drafts.stream()
        .filter(draft -> isOpenToMediation(draft.type) == openToMediation)
        .sorted(
            Comparator.comparing((Draft draft) -> draft.resolvedOn)
                .reversed()
                .thenComparingInt(draft -> draft.index))
        .limit(count)
        .forEach(draft -> draft.pending = true);
  }

  /** A case that would overrun the year is closed within it instead (courts push in September). */
  private void settleResolvedOn(Draft draft) {
    if (draft.resolvedOn.isAfter(ENDS_ON)) {
      LocalDate earliest = draft.acceptedOn.isAfter(STARTS_ON) ? draft.acceptedOn : STARTS_ON;
      draft.resolvedOn = dayBetween(earliest, ENDS_ON);
    }
  }

  private void decideOutcomes(List<Draft> resolved) {
    List<Draft> openToMediation =
        shuffled(resolved.stream().filter(draft -> isOpenToMediation(draft.type)).toList());
    for (int i = 0; i < openToMediation.size(); i++) {
      Draft draft = openToMediation.get(i);
      if (i < MEDIATION_SUCCESSES) {
        draft.outcome =
            draft.type == CaseType.ADMINISTRATIVE
                ? VerdictOutcome.DIALOGUE_SUCCESS
                : VerdictOutcome.MEDIATION_SUCCESS;
      } else {
        draft.outcome = triedOrWithdrawn(WITHDRAWN_SHARE_OF_CIVIL);
      }
    }
    resolved.stream()
        .filter(draft -> !isOpenToMediation(draft.type))
        .forEach(draft -> draft.outcome = triedOrWithdrawn(WITHDRAWN_SHARE_OF_OTHERS));
  }

  private void pickOnlineTrials(List<Draft> resolved) {
    shuffled(resolved.stream().filter(draft -> draft.outcome == VerdictOutcome.TRIED).toList())
        .stream()
        .limit(ONLINE_TRIALS)
        .forEach(draft -> draft.onlineTrial = true);
  }

  private void assignPresidingJudges(List<Draft> resolved, List<DemoUnit> units) {
    Map<String, Integer> judges = new HashMap<>();
    units.forEach(unit -> judges.put(unit.unitId(), unit.judges()));
    resolved.forEach(
        draft ->
            draft.presidingJudgeId =
                judgeId(draft.unitId, random.nextInt(judges.get(draft.unitId))));
  }

  /** Every judge presides at least one model trial; the rest fall to whoever tried the case. */
  private void pickModelTrials(List<Draft> resolved, List<DemoUnit> units) {
    List<Draft> tried =
        shuffled(resolved.stream().filter(draft -> draft.outcome == VerdictOutcome.TRIED).toList());
    int picked = 0;
    for (DemoUnit unit : units) {
      Iterator<Draft> triedHere =
          tried.stream().filter(draft -> draft.unitId.equals(unit.unitId())).iterator();
      for (int judge = 0; judge < unit.judges(); judge++) {
        Draft draft = triedHere.next();
        draft.modelTrial = true;
        draft.presidingJudgeId = judgeId(unit.unitId(), judge);
        picked++;
      }
    }
    Iterator<Draft> others = tried.stream().filter(draft -> !draft.modelTrial).iterator();
    for (; picked < MODEL_TRIALS; picked++) {
      others.next().modelTrial = true;
    }
  }

  /** A judge (thẩm phán) of a unit, numbered from 01. */
  static String judgeId(String unitId, int index) {
    return String.format("%s-J%02d", unitId, index + 1);
  }

  /** Ids follow the order of acceptance, like a court register. */
  private static List<PlannedCase> numberInOrderOfAcceptance(List<Draft> drafts) {
    List<Draft> ordered =
        drafts.stream()
            .sorted(
                Comparator.comparing((Draft draft) -> draft.acceptedOn)
                    .thenComparing(draft -> draft.unitId)
                    .thenComparingInt(draft -> draft.index))
            .toList();
    List<PlannedCase> cases = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      cases.add(ordered.get(i).toPlannedCase(String.format("QN-2023-%06d", i + 1)));
    }
    return cases;
  }

  private VerdictOutcome triedOrWithdrawn(double withdrawnShare) {
    return random.nextDouble() < withdrawnShare
        ? VerdictOutcome.WITHDRAWN_OR_SUSPENDED
        : VerdictOutcome.TRIED;
  }

  /** Days from acceptance to verdict, drawn within a usual range for the type. */
  private int typicalDuration(CaseType type) {
    return switch (type) {
      case ADMINISTRATIVE_MEASURE -> between(5, 30);
      case CRIMINAL -> between(30, 120);
      case MARRIAGE_AND_FAMILY -> between(20, 120);
      case LABOUR -> between(30, 150);
      case CIVIL, BUSINESS_AND_TRADE, ADMINISTRATIVE, BANKRUPTCY -> between(60, 240);
    };
  }

  private int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  private LocalDate dayBetween(LocalDate first, LocalDate last) {
    return first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1));
  }

  private <T> List<T> shuffled(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** A case while it is being planned. */
  private static final class Draft {
    final int index;
    final String unitId;
    final CaseType type;
    final boolean carriedOver;
    final LocalDate acceptedOn;
    LocalDate resolvedOn;
    boolean pending;
    VerdictOutcome outcome;
    boolean onlineTrial;
    boolean modelTrial;
    String presidingJudgeId;

    Draft(
        int index,
        String unitId,
        CaseType type,
        boolean carriedOver,
        LocalDate acceptedOn,
        LocalDate resolvedOn) {
      this.index = index;
      this.unitId = unitId;
      this.type = type;
      this.carriedOver = carriedOver;
      this.acceptedOn = acceptedOn;
      this.resolvedOn = resolvedOn;
    }

    PlannedCase toPlannedCase(String caseId) {
      return new PlannedCase(
          new AcceptCase(caseId, unitId, type, acceptedOn, carriedOver),
          pending
              ? Optional.empty()
              : Optional.of(
                  new RecordVerdict(
                      caseId, resolvedOn, outcome, onlineTrial, modelTrial, presidingJudgeId)));
    }
  }
}
