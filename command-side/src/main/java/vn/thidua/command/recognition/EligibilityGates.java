package vn.thidua.command.recognition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.thidua.command.recognition.RecognitionRegister.FrozenFigures;
import vn.thidua.events.recognition.Gate;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.InvalidNomination;
import vn.thidua.events.recognition.Nominate;
import vn.thidua.events.recognition.NominationFacts;
import vn.thidua.events.recognition.Title;

/**
 * The hard eligibility gates of a nomination, read from the frozen standings, past awards and the
 * facts the nomination brings. A failed gate is a result with its reason, not a refusal; only a
 * missing fact refuses the nomination, because the gate could not be assessed at all.
 *
 * <p>Members, Lao động tiên tiến and the unit's staff come from the recorded staff (staff members'
 * current units, their ADVANCED_WORKER awards, the unit's staff count in force). Only when the
 * system has no staff recorded for the unit do the nomination's {@code facts} stand in; each gate's
 * reason names the source it used.
 */
final class EligibilityGates {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static final String RECORDED = "from the recorded staff";
  static final String DECLARED = "as declared in the nomination (no staff recorded for the unit)";

  private final RecognitionProperties properties;
  private final RecognitionRegister register;
  private final LocalDate today;

  EligibilityGates(
      RecognitionProperties properties, RecognitionRegister register, LocalDate today) {
    this.properties = properties;
    this.register = register;
    this.today = today;
  }

  /** Members and Lao động tiên tiến of the unit, and where the figures came from. */
  private record Membership(int members, int advancedWorkers, String source) {}

  List<GateResult> assess(Nominate command) {
    List<GateResult> gates = new ArrayList<>();
    Title title = command.title();
    NominationFacts facts = command.facts() == null ? NominationFacts.NONE : command.facts();
    if (title == Title.COURT_EMULATION_FIGHTER) {
      gates.add(consecutiveGrassroots(command));
    }
    if (properties.annulledRateTitles().contains(title)) {
      gates.add(annulledRate(command));
    }
    if (title == Title.ADVANCED_COLLECTIVE) {
      gates.add(advancedWorkerShare(membership(command, facts)));
    }
    if (title == Title.GRASSROOTS_EMULATION_FIGHTER) {
      gates.add(grassrootsQuota(command, facts));
    }
    return List.copyOf(gates);
  }

  /**
   * Counts the unbroken run of Chiến sĩ thi đua cơ sở years ending with the nomination's year, or
   * with the year before when this year's title is not decided yet.
   */
  private GateResult consecutiveGrassroots(Nominate command) {
    Set<Integer> years =
        register.yearsAwarded(Title.GRASSROOTS_EMULATION_FIGHTER, command.nominee().personId());
    int year =
        years.contains(command.emulationYear())
            ? command.emulationYear()
            : command.emulationYear() - 1;
    int run = 0;
    while (years.contains(year - run)) {
      run++;
    }
    int needed = properties.consecutiveGrassrootsYears();
    boolean passed = run >= needed;
    return new GateResult(
        Gate.CONSECUTIVE_GRASSROOTS_FIGHTER,
        passed,
        BigDecimal.valueOf(run),
        BigDecimal.valueOf(needed),
        passed
            ? run + " consecutive years as Chiến sĩ thi đua cơ sở up to " + year
            : "Only "
                + run
                + " consecutive years as Chiến sĩ thi đua cơ sở up to "
                + year
                + "; "
                + needed
                + " are needed");
  }

  private GateResult annulledRate(Nominate command) {
    BigDecimal limit = properties.annulledRateLimit();
    if (command.basis() == null) {
      return failed(Gate.ANNULLED_RATE, null, limit, "No frozen standings are cited as basis");
    }
    String unitId = command.nominee().unitId();
    Optional<FrozenFigures> standing =
        register.standingOf(command.basis().campaignId(), command.basis().phaseId(), unitId);
    if (standing.isEmpty()) {
      return failed(
          Gate.ANNULLED_RATE,
          null,
          limit,
          "Unit '" + unitId + "' is not in the cited frozen standings");
    }
    BigDecimal rate = standing.get().annulledRate();
    Optional<String> failedGate =
        standing.get().failedGates().stream()
            .filter(gate -> gate.toUpperCase(Locale.ROOT).contains("ANNULLED"))
            .findFirst();
    if (failedGate.isPresent()) {
      return failed(
          Gate.ANNULLED_RATE,
          rate,
          limit,
          "The frozen standings record the failed gate '" + failedGate.get() + "'");
    }
    if (rate == null) {
      return failed(
          Gate.ANNULLED_RATE,
          null,
          limit,
          "The cited frozen standings carry no annulled/amended rate for unit '" + unitId + "'");
    }
    if (rate.compareTo(limit) > 0) {
      return failed(
          Gate.ANNULLED_RATE,
          rate,
          limit,
          "The annulled/amended rate " + rate + " % is above the limit of " + limit + " %");
    }
    return new GateResult(
        Gate.ANNULLED_RATE,
        true,
        rate,
        limit,
        "The annulled/amended rate " + rate + " % is within the limit of " + limit + " %");
  }

  private Membership membership(Nominate command, NominationFacts facts) {
    String unitId = command.nominee().unitId();
    int members = register.membersOf(unitId);
    if (members > 0) {
      return new Membership(
          members, register.advancedWorkersOf(unitId, command.emulationYear()), RECORDED);
    }
    if (facts.members() == null) {
      throw new InvalidNomination(
          "facts.members",
          "fact-required",
          "No staff are recorded for the unit: give the number of members, to check the share of"
              + " Lao động tiên tiến");
    }
    if (facts.advancedWorkers() == null) {
      throw new InvalidNomination(
          "facts.advancedWorkers",
          "fact-required",
          "Give how many members hold Lao động tiên tiến this year");
    }
    if (facts.advancedWorkers() > facts.members()) {
      throw new InvalidNomination(
          "facts.advancedWorkers",
          "advanced-workers-within-members",
          "More members hold Lao động tiên tiến than the unit has members");
    }
    return new Membership(facts.members(), facts.advancedWorkers(), DECLARED);
  }

  private GateResult advancedWorkerShare(Membership unit) {
    BigDecimal above = properties.advancedWorkerShareAbove();
    BigDecimal share =
        unit.members() == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(unit.advancedWorkers())
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(unit.members()), 1, RoundingMode.HALF_UP);
    boolean passed =
        BigDecimal.valueOf(unit.advancedWorkers())
                .multiply(HUNDRED)
                .compareTo(above.multiply(BigDecimal.valueOf(unit.members())))
            > 0;
    String counts = unit.advancedWorkers() + " of " + unit.members() + " members (" + share + " %)";
    return new GateResult(
        Gate.ADVANCED_WORKER_SHARE,
        passed,
        share,
        above,
        (passed
                ? counts + " hold Lao động tiên tiến, more than " + above + " %"
                : "Only "
                    + counts
                    + " hold Lao động tiên tiến; more than "
                    + above
                    + " % are needed")
            + ", "
            + unit.source());
  }

  /** The staff count in force, else the recorded members, else the declared staff count. */
  private StaffFigure unitStaff(String unitId, NominationFacts facts) {
    OptionalInt recorded = register.staffCountOf(unitId, today);
    if (recorded.isPresent()) {
      return new StaffFigure(recorded.getAsInt(), "staff count in force " + RECORDED);
    }
    int members = register.membersOf(unitId);
    if (members > 0) {
      return new StaffFigure(members, "staff members " + RECORDED + ", no staff count recorded");
    }
    if (facts.unitStaff() == null) {
      throw new InvalidNomination(
          "facts.unitStaff",
          "fact-required",
          "No staff are recorded for the unit: give the unit's staff count, to check the Chiến sĩ"
              + " thi đua cơ sở quota");
    }
    return new StaffFigure(facts.unitStaff(), "staff count " + DECLARED);
  }

  private record StaffFigure(int staff, String source) {}

  private GateResult grassrootsQuota(Nominate command, NominationFacts facts) {
    StaffFigure staff = unitStaff(command.nominee().unitId(), facts);
    BigDecimal percent = properties.grassrootsQuotaPercent();
    int quota =
        BigDecimal.valueOf(staff.staff())
            .multiply(percent)
            .divide(HUNDRED, 0, RoundingMode.FLOOR)
            .intValueExact();
    int counted =
        register.grassrootsCountedAgainstQuota(command.nominee().unitId(), command.emulationYear())
            + 1;
    boolean passed = counted <= quota;
    String figures =
        counted
            + " Chiến sĩ thi đua cơ sở (decided or nominated, with this one) against a quota of "
            + quota
            + " ("
            + percent
            + " % of "
            + staff.staff()
            + " staff, "
            + staff.source()
            + ")";
    return new GateResult(
        Gate.GRASSROOTS_QUOTA,
        passed,
        BigDecimal.valueOf(counted),
        BigDecimal.valueOf(quota),
        passed ? figures : "Quota exceeded: " + figures);
  }

  private static GateResult failed(Gate gate, BigDecimal figure, BigDecimal limit, String reason) {
    return new GateResult(gate, false, figure, limit, reason);
  }
}
