package vn.thidua.command.recognition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.command.messaging.Actor;
import vn.thidua.command.organisation.UnitDirectory;
import vn.thidua.command.privacy.PersonalDataVault;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.DecideAward;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.InvalidDecision;
import vn.thidua.events.recognition.InvalidNomination;
import vn.thidua.events.recognition.Nominate;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.RecognitionAlreadyDone;
import vn.thidua.events.recognition.RevokeAward;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;
import vn.thidua.events.recognition.UnknownAward;

/**
 * A nomination (đề nghị khen thưởng) of a unit or a person for a title, from its eligibility
 * assessment to the award decision and its possible revocation.
 */
@Aggregate
class Nomination {
  @AggregateIdentifier private String nominationId;
  private Title title;
  private int emulationYear;
  private Nominee nominee;
  private StandingsBasis basis;
  private List<GateResult> gates;
  private boolean eligible;
  private String decisionNumber;
  private LocalDate decidedOn;
  private boolean revoked;

  Nomination() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  NominationEligibilityAssessed handle(
      Nominate command,
      UnitDirectory directory,
      RecognitionRegister register,
      RecognitionProperties properties,
      MetaData metaData,
      PersonalDataVault vault,
      Clock clock) {
    if (nominationId != null) {
      // a nomination out of the caller's scope is refused, not confirmed to exist
      directory.requireInScope("nominationId", nominee.unitId(), Actor.from(metaData));
      throw new RecognitionAlreadyDone(
          "nominationId",
          "nomination-id-must-be-unique",
          "Nomination '" + command.nominationId() + "' already exists");
    }
    Nominee nominee = command.nominee();
    requireNomineeFitsTitle(command.title(), nominee);
    directory.requireRegistered("nominee.unitId", nominee.unitId());
    directory.requireInScope("nominee.unitId", nominee.unitId(), Actor.from(metaData));
    StandingsBasis cited = command.basis();
    if (cited != null && !register.isFrozen(cited.campaignId(), cited.phaseId())) {
      throw new InvalidNomination(
          "basis.phaseId",
          "standings-must-be-frozen",
          "The standings of phase '"
              + cited.phaseId()
              + "' of campaign '"
              + cited.campaignId()
              + "' are not frozen yet");
    }
    if (register.alreadyNominated(command.title(), command.emulationYear(), nominee)) {
      throw new RecognitionAlreadyDone(
          "nominee",
          "one-nomination-per-title-and-year",
          "This nominee is already nominated for "
              + command.title()
              + " in "
              + command.emulationYear());
    }
    List<GateResult> results =
        new EligibilityGates(properties, register, LocalDate.now(clock)).assess(command);
    NominationEligibilityAssessed assessment =
        new NominationEligibilityAssessed(
            command.nominationId(), results.stream().allMatch(GateResult::passed), results);
    if (nominee.hasPlainPersonalName()) {
      nominee = nominee.sealedAs(vault.seal(nominee.personId(), nominee.name()));
    }
    apply(
        new NominationMade(
            command.nominationId(),
            command.title(),
            command.emulationYear(),
            nominee,
            cited,
            command.facts()));
    apply(assessment);
    return assessment;
  }

  private static void requireNomineeFitsTitle(Title title, Nominee nominee) {
    switch (title.recipient()) {
      case PERSON -> {
        if (nominee.personId() == null) {
          throw new InvalidNomination(
              "nominee.personId",
              "nominee-fits-title",
              title + " is awarded to a person: give the person's id");
        }
      }
      case UNIT -> {
        if (nominee.personId() != null) {
          throw new InvalidNomination(
              "nominee.personId",
              "nominee-fits-title",
              title + " is awarded to a unit, not to a person");
        }
      }
      case EITHER -> {}
    }
  }

  @CommandHandler
  void handle(
      DecideAward command,
      RecognitionRegister register,
      RecognitionProperties properties,
      UnitDirectory directory,
      MetaData metaData,
      Clock clock) {
    // authority first: a retry is harmless only for the court that may decide at all
    Actor actor = Actor.from(metaData);
    DecidingAuthority.require(
        "nominationId", title, nominee.unitId(), actor, properties, register, directory);
    if (decisionNumber != null) {
      if (decisionNumber.equals(command.decisionNumber())) {
        return;
      }
      throw new RecognitionAlreadyDone(
          "nominationId",
          "one-award-per-nomination",
          "This nomination was already decided by decision " + decisionNumber);
    }
    if (!eligible) {
      throw new InvalidDecision(
          "nominationId",
          "gates-must-hold",
          "The nomination failed its eligibility gates: "
              + gates.stream()
                  .filter(gate -> !gate.passed())
                  .map(GateResult::reason)
                  .collect(Collectors.joining("; ")));
    }
    RecognitionRegister.NominationState state =
        register
            .nomination(nominationId)
            .orElseThrow(() -> new IllegalStateException("Register misses " + nominationId));
    if (!Boolean.TRUE.equals(state.ballotPassed())) {
      throw new InvalidDecision(
          "nominationId",
          "ballot-must-have-passed",
          state.ballotId() == null
              ? "The nomination has not been put to a ballot"
              : Boolean.FALSE.equals(state.ballotPassed())
                  ? "The ballot on this nomination failed"
                  : "The ballot on this nomination is not closed yet");
    }
    if (command.decidedOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidDecision(
          "decidedOn", "date-not-in-future", "The decision date lies in the future");
    }
    if (register.nominationOfDecision(command.decisionNumber()).isPresent()) {
      throw new RecognitionAlreadyDone(
          "decisionNumber",
          "decision-number-unique",
          "Decision number '" + command.decisionNumber() + "' is already used");
    }
    apply(
        new AwardDecided(
            nominationId,
            command.decisionNumber(),
            title,
            emulationYear,
            nominee,
            command.decidedOn(),
            command.signer(),
            actor.unitId(),
            properties.externallyDecided().contains(title),
            state.ballotId(),
            basis,
            gates));
  }

  @CommandHandler
  void handle(
      RevokeAward command,
      RecognitionRegister register,
      RecognitionProperties properties,
      UnitDirectory directory,
      MetaData metaData,
      Clock clock) {
    if (decisionNumber == null || !decisionNumber.equals(command.decisionNumber())) {
      throw new UnknownAward(command.decisionNumber());
    }
    DecidingAuthority.require(
        "decisionNumber",
        title,
        nominee.unitId(),
        Actor.from(metaData),
        properties,
        register,
        directory);
    if (revoked) {
      throw new RecognitionAlreadyDone(
          "decisionNumber",
          "one-revocation-per-award",
          "The award of decision " + decisionNumber + " is already revoked");
    }
    if (command.revokedOn().isBefore(decidedOn)) {
      throw new InvalidDecision(
          "revokedOn",
          "revoked-on-or-after-decision",
          "An award cannot be revoked before it was decided on " + decidedOn);
    }
    if (command.revokedOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidDecision(
          "revokedOn", "date-not-in-future", "The revocation date lies in the future");
    }
    apply(
        new AwardRevoked(
            nominationId,
            decisionNumber,
            title,
            emulationYear,
            nominee,
            command.ground(),
            command.reason(),
            command.revokedOn()));
  }

  @EventSourcingHandler
  void on(NominationMade event) {
    nominationId = event.nominationId();
    title = event.title();
    emulationYear = event.emulationYear();
    nominee = event.nominee();
    basis = event.basis();
  }

  @EventSourcingHandler
  void on(NominationEligibilityAssessed event) {
    eligible = event.passed();
    gates = event.gates();
  }

  @EventSourcingHandler
  void on(AwardDecided event) {
    decisionNumber = event.decisionNumber();
    decidedOn = event.decidedOn();
  }

  @EventSourcingHandler
  void on(AwardRevoked event) {
    revoked = true;
  }
}
