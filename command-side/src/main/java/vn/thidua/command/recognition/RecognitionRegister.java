package vn.thidua.command.recognition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.StaffCountChanged;
import vn.thidua.events.organisation.StaffMemberRegistered;
import vn.thidua.events.organisation.StaffMemberTransferred;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.Title;

/**
 * What the recognition rules need to know across aggregates: court levels, frozen standings, past
 * nominations and awards, ballot outcomes. Fed by {@link RecognitionRegisterUpdater} from events.
 */
interface RecognitionRegister {

  /**
   * A unit's figures in one frozen phase: its annulled rate (if scored) and the gates it failed.
   */
  record FrozenFigures(BigDecimal annulledRate, List<String> failedGates) {}

  /** Where a nomination stands; {@code ballotPassed} is null while no ballot closed on it. */
  record NominationState(
      String nominationId, Title title, Boolean eligible, String ballotId, Boolean ballotPassed) {}

  Optional<CourtLevel> levelOf(String unitId);

  boolean isFrozen(String campaignId, String phaseId);

  Optional<FrozenFigures> standingOf(String campaignId, String phaseId, String unitId);

  /**
   * An earlier nomination of the same nominee for the same title and year that still counts (it was
   * eligible and no ballot turned it down).
   */
  boolean alreadyNominated(Title title, int emulationYear, Nominee nominee);

  /** Chiến sĩ thi đua cơ sở of a unit and year that count against its quota. */
  int grassrootsCountedAgainstQuota(String unitId, int emulationYear);

  /** Emulation years in which the person holds {@code title} (decided, not revoked). */
  Set<Integer> yearsAwarded(Title title, String personId);

  /** Staff members whose current unit is {@code unitId}. */
  int membersOf(String unitId);

  /**
   * Current members of {@code unitId} holding a decided, not revoked Lao động tiên tiến
   * (ADVANCED_WORKER) of {@code emulationYear}.
   */
  int advancedWorkersOf(String unitId, int emulationYear);

  /** The unit's latest recorded staff count that is in force on {@code day}, if any. */
  OptionalInt staffCountOf(String unitId, LocalDate day);

  Optional<NominationState> nomination(String nominationId);

  Optional<String> nominationOfDecision(String decisionNumber);

  void unitRegistered(String unitId, CourtLevel level);

  void staffMemberRegistered(StaffMemberRegistered event);

  void staffMemberTransferred(StaffMemberTransferred event);

  void staffCountChanged(StaffCountChanged event);

  void standingsFrozen(PhaseStandingsFrozen event);

  void nominated(NominationMade event);

  void assessed(NominationEligibilityAssessed event);

  void ballotOpened(BallotOpened event);

  void ballotClosed(BallotClosed event);

  void awardDecided(AwardDecided event);

  void awardRevoked(AwardRevoked event);
}
