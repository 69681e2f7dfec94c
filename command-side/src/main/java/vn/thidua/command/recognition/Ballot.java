package vn.thidua.command.recognition;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.command.messaging.Actor;
import vn.thidua.command.organisation.UnitDirectory;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.CastVote;
import vn.thidua.events.recognition.CloseBallot;
import vn.thidua.events.recognition.InvalidBallot;
import vn.thidua.events.recognition.NotAVoter;
import vn.thidua.events.recognition.OpenBallot;
import vn.thidua.events.recognition.RecognitionAlreadyDone;
import vn.thidua.events.recognition.VoteCast;
import vn.thidua.events.recognition.VoteChoice;
import vn.thidua.events.recognition.VoterKind;

/**
 * A secret ballot (bỏ phiếu kín) of a council or of a cluster's courts on one or more nominations.
 * Events record who voted; the choices go only into the {@link BallotBox}, and the tally becomes
 * public when the ballot closes.
 */
@Aggregate
class Ballot {
  @AggregateIdentifier private String ballotId;
  private List<BallotItem> items;
  private VoterKind voterKind;
  private Set<String> voters;
  private LocalDate closesOn;
  private final Set<String> voted = new HashSet<>();
  private boolean closed;

  Ballot() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(
      OpenBallot command,
      RecognitionRegister register,
      RecognitionProperties properties,
      UnitDirectory directory,
      Clock clock) {
    if (ballotId != null) {
      throw new RecognitionAlreadyDone(
          "ballotId",
          "ballot-id-must-be-unique",
          "Ballot '" + command.ballotId() + "' already exists");
    }
    List<BallotItem> ballotItems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < command.nominationIds().size(); i++) {
      String field = "nominationIds[" + i + "]";
      String nominationId = command.nominationIds().get(i);
      if (!seen.add(nominationId)) {
        throw new InvalidBallot(
            field, "nominations-unique", "Nomination '" + nominationId + "' is listed twice");
      }
      RecognitionRegister.NominationState nomination =
          register
              .nomination(nominationId)
              .orElseThrow(
                  () ->
                      new InvalidBallot(
                          field,
                          "nomination-must-exist",
                          "Nomination '" + nominationId + "' does not exist"));
      if (!Boolean.TRUE.equals(nomination.eligible())) {
        throw new InvalidBallot(
            field,
            "nomination-must-be-eligible",
            "Nomination '" + nominationId + "' failed its eligibility gates");
      }
      if (nomination.ballotId() != null && !Boolean.FALSE.equals(nomination.ballotPassed())) {
        throw new RecognitionAlreadyDone(
            field,
            "one-ballot-per-nomination",
            "Nomination '"
                + nominationId
                + "' is already on ballot '"
                + nomination.ballotId()
                + "'");
      }
      ballotItems.add(
          new BallotItem(
              nominationId, nomination.title(), properties.voteThreshold(nomination.title())));
    }
    Set<String> listed = new HashSet<>();
    for (int i = 0; i < command.voters().size(); i++) {
      String voter = command.voters().get(i);
      if (!listed.add(voter)) {
        throw new InvalidBallot(
            "voters[" + i + "]", "voters-unique", "Voter '" + voter + "' is listed twice");
      }
      if (command.voterKind() == VoterKind.CLUSTER_UNITS) {
        directory.requireRegistered("voters[" + i + "]", voter);
      }
    }
    if (command.closesOn().isBefore(LocalDate.now(clock))) {
      throw new InvalidBallot(
          "closesOn", "closes-on-not-in-past", "The ballot cannot close in the past");
    }
    apply(
        new BallotOpened(
            command.ballotId(),
            List.copyOf(ballotItems),
            command.voterKind(),
            List.copyOf(command.voters()),
            command.closesOn()));
  }

  @CommandHandler
  void handle(CastVote command, BallotBox box, MetaData metaData, Clock clock) {
    if (closed || LocalDate.now(clock).isAfter(closesOn)) {
      throw new InvalidBallot(
          "ballotId", "voting-closed", "Voting on ballot '" + ballotId + "' has closed");
    }
    Actor actor = Actor.from(metaData);
    String voterId = voterKind == VoterKind.CLUSTER_UNITS ? actor.unitId() : actor.userId();
    String role = voterKind == VoterKind.CLUSTER_UNITS ? "UNIT_HEAD" : "COUNCIL_MEMBER";
    if (!actor.is(role) || voterId == null || !voters.contains(voterId)) {
      throw new NotAVoter(
          "ballotId",
          "listed-voters-only",
          voterKind == VoterKind.CLUSTER_UNITS
              ? "Only the heads of the courts listed on this ballot may vote"
              : "Only the council members listed on this ballot may vote");
    }
    if (voted.contains(voterId)) {
      throw new RecognitionAlreadyDone(
          "ballotId", "one-vote-per-voter", "'" + voterId + "' has already voted on this ballot");
    }
    for (BallotItem item : items) {
      if (!command.choices().containsKey(item.nominationId())) {
        throw new InvalidBallot(
            "choices." + item.nominationId(),
            "choice-for-every-nomination",
            "Choose FOR, AGAINST or ABSTAIN for nomination '" + item.nominationId() + "'");
      }
    }
    for (String nominationId : command.choices().keySet()) {
      if (items.stream().noneMatch(item -> item.nominationId().equals(nominationId))) {
        throw new InvalidBallot(
            "choices." + nominationId,
            "nomination-on-ballot",
            "Nomination '" + nominationId + "' is not on this ballot");
      }
    }
    box.deposit(ballotId, command.choices());
    apply(new VoteCast(ballotId, voterId, voted.size() + 1));
  }

  @CommandHandler
  BallotClosed handle(CloseBallot command, BallotBox box, Clock clock) {
    if (closed) {
      throw new RecognitionAlreadyDone(
          "ballotId", "ballot-closes-once", "Ballot '" + ballotId + "' is already closed");
    }
    LocalDate today = LocalDate.now(clock);
    if (!today.isAfter(closesOn) && voted.size() < voters.size()) {
      throw new InvalidBallot(
          "ballotId",
          "ballot-open-until-closing-date",
          "The ballot stays open until "
              + closesOn
              + " unless every voter has voted ("
              + voted.size()
              + " of "
              + voters.size()
              + " so far)");
    }
    Map<String, Map<VoteChoice, Integer>> counts = box.count(ballotId);
    List<BallotResult> results =
        items.stream()
            .map(
                item -> {
                  Map<VoteChoice, Integer> count =
                      counts.getOrDefault(item.nominationId(), Map.of());
                  int votesFor = count.getOrDefault(VoteChoice.FOR, 0);
                  return new BallotResult(
                      item.nominationId(),
                      votesFor,
                      count.getOrDefault(VoteChoice.AGAINST, 0),
                      count.getOrDefault(VoteChoice.ABSTAIN, 0),
                      voters.size(),
                      item.threshold(),
                      item.threshold().metBy(votesFor, voters.size()));
                })
            .toList();
    BallotClosed event =
        new BallotClosed(
            ballotId,
            today,
            voters.size(),
            voted.size(),
            results,
            results.stream().allMatch(BallotResult::passed));
    apply(event);
    return event;
  }

  @EventSourcingHandler
  void on(BallotOpened event) {
    ballotId = event.ballotId();
    items = event.items();
    voterKind = event.voterKind();
    voters = Set.copyOf(event.voters());
    closesOn = event.closesOn();
  }

  @EventSourcingHandler
  void on(VoteCast event) {
    voted.add(event.voterId());
  }

  @EventSourcingHandler
  void on(BallotClosed event) {
    closed = true;
  }
}
