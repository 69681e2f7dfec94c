package vn.thidua.command.recognition;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.StaffCountChanged;
import vn.thidua.events.organisation.StaffMemberRegistered;
import vn.thidua.events.organisation.StaffMemberTransferred;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.Title;

/** The register's contract in memory, for aggregate tests without a database. */
final class InMemoryRecognitionRegister implements RecognitionRegister {
  private final Map<String, CourtLevel> levels = new HashMap<>();
  private final Set<String> frozenPhases = new HashSet<>();
  private final Map<String, FrozenFigures> standings = new HashMap<>();
  private final Map<String, Row> nominations = new LinkedHashMap<>();
  private final Map<String, String> staffUnits = new HashMap<>();
  private final Map<String, TreeMap<LocalDate, Integer>> staffCounts = new HashMap<>();

  private static final class Row {
    NominationMade made;
    Boolean eligible;
    String ballotId;
    Boolean ballotPassed;
    String decisionNumber;
    boolean revoked;

    boolean counts() {
      return Boolean.TRUE.equals(eligible) && !Boolean.FALSE.equals(ballotPassed) && !revoked;
    }
  }

  @Override
  public Optional<CourtLevel> levelOf(String unitId) {
    return Optional.ofNullable(levels.get(unitId));
  }

  @Override
  public boolean isFrozen(String campaignId, String phaseId) {
    return frozenPhases.contains(campaignId + "/" + phaseId);
  }

  @Override
  public Optional<FrozenFigures> standingOf(String campaignId, String phaseId, String unitId) {
    return Optional.ofNullable(standings.get(campaignId + "/" + phaseId + "/" + unitId));
  }

  @Override
  public boolean alreadyNominated(Title title, int emulationYear, Nominee nominee) {
    return nominations.values().stream()
        .anyMatch(
            row ->
                row.made.title() == title
                    && row.made.emulationYear() == emulationYear
                    && row.made.nominee().unitId().equals(nominee.unitId())
                    && Objects.equals(row.made.nominee().personId(), nominee.personId())
                    && row.counts());
  }

  @Override
  public int grassrootsCountedAgainstQuota(String unitId, int emulationYear) {
    return (int)
        nominations.values().stream()
            .filter(
                row ->
                    row.made.title() == Title.GRASSROOTS_EMULATION_FIGHTER
                        && row.made.emulationYear() == emulationYear
                        && row.made.nominee().unitId().equals(unitId)
                        && row.counts())
            .count();
  }

  @Override
  public Set<Integer> yearsAwarded(Title title, String personId) {
    return nominations.values().stream()
        .filter(
            row ->
                row.made.title() == title
                    && personId.equals(row.made.nominee().personId())
                    && row.decisionNumber != null
                    && !row.revoked)
        .map(row -> row.made.emulationYear())
        .collect(Collectors.toSet());
  }

  @Override
  public int membersOf(String unitId) {
    return (int) staffUnits.values().stream().filter(unitId::equals).count();
  }

  @Override
  public int advancedWorkersOf(String unitId, int emulationYear) {
    return (int)
        staffUnits.entrySet().stream()
            .filter(entry -> entry.getValue().equals(unitId))
            .filter(
                entry ->
                    yearsAwarded(Title.ADVANCED_WORKER, entry.getKey()).contains(emulationYear))
            .count();
  }

  @Override
  public OptionalInt staffCountOf(String unitId, LocalDate day) {
    TreeMap<LocalDate, Integer> counts = staffCounts.get(unitId);
    Map.Entry<LocalDate, Integer> inForce = counts == null ? null : counts.floorEntry(day);
    return inForce == null ? OptionalInt.empty() : OptionalInt.of(inForce.getValue());
  }

  @Override
  public void staffMemberRegistered(StaffMemberRegistered event) {
    staffUnits.putIfAbsent(event.staffId(), event.unitId());
  }

  @Override
  public void staffMemberTransferred(StaffMemberTransferred event) {
    staffUnits.put(event.staffId(), event.toUnitId());
  }

  @Override
  public void staffCountChanged(StaffCountChanged event) {
    staffCounts
        .computeIfAbsent(event.unitId(), unit -> new TreeMap<>())
        .put(event.effectiveFrom(), event.staff());
  }

  @Override
  public Optional<NominationState> nomination(String nominationId) {
    Row row = nominations.get(nominationId);
    return row == null
        ? Optional.empty()
        : Optional.of(
            new NominationState(
                nominationId, row.made.title(), row.eligible, row.ballotId, row.ballotPassed));
  }

  @Override
  public Optional<String> nominationOfDecision(String decisionNumber) {
    return nominations.entrySet().stream()
        .filter(entry -> decisionNumber.equals(entry.getValue().decisionNumber))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  @Override
  public void unitRegistered(String unitId, CourtLevel level) {
    levels.putIfAbsent(unitId, level);
  }

  @Override
  public void standingsFrozen(PhaseStandingsFrozen event) {
    frozenPhases.add(event.campaignId() + "/" + event.phaseId());
    for (FrozenStanding standing : event.standings()) {
      standings.put(
          event.campaignId() + "/" + event.phaseId() + "/" + standing.unitId(),
          new FrozenFigures(
              standing.figures().stream()
                  .filter(figure -> figure.metric() == Metric.ANNULLED_AMENDED_RATE)
                  .map(CriterionFigure::actual)
                  .findFirst()
                  .orElse(null),
              standing.failedGates()));
    }
  }

  @Override
  public void nominated(NominationMade event) {
    Row row = new Row();
    row.made = event;
    nominations.putIfAbsent(event.nominationId(), row);
  }

  @Override
  public void assessed(NominationEligibilityAssessed event) {
    nominations.get(event.nominationId()).eligible = event.passed();
  }

  @Override
  public void ballotOpened(BallotOpened event) {
    for (BallotItem item : event.items()) {
      Row row = nominations.get(item.nominationId());
      row.ballotId = event.ballotId();
      row.ballotPassed = null;
    }
  }

  @Override
  public void ballotClosed(BallotClosed event) {
    for (BallotResult result : event.results()) {
      nominations.get(result.nominationId()).ballotPassed = result.passed();
    }
  }

  @Override
  public void awardDecided(AwardDecided event) {
    nominations.get(event.nominationId()).decisionNumber = event.decisionNumber();
  }

  @Override
  public void awardRevoked(AwardRevoked event) {
    nominations.get(event.nominationId()).revoked = true;
  }
}
