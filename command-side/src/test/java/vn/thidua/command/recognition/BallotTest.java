package vn.thidua.command.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.command.recognition.RecognitionFixtures.DISTRICT;
import static vn.thidua.command.recognition.RecognitionFixtures.PROVINCE;
import static vn.thidua.command.recognition.RecognitionFixtures.TODAY;
import static vn.thidua.command.recognition.RecognitionFixtures.actor;
import static vn.thidua.command.recognition.Rules.broken;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.events.organisation.UnknownUnit;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.CastVote;
import vn.thidua.events.recognition.CloseBallot;
import vn.thidua.events.recognition.InvalidBallot;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.NotAVoter;
import vn.thidua.events.recognition.OpenBallot;
import vn.thidua.events.recognition.RecognitionAlreadyDone;
import vn.thidua.events.recognition.Title;
import vn.thidua.events.recognition.VoteCast;
import vn.thidua.events.recognition.VoteChoice;
import vn.thidua.events.recognition.VoteThreshold;
import vn.thidua.events.recognition.VoterKind;

/** OpenBallot, CastVote and CloseBallot: a secret ballot with a public tally at the end. */
class BallotTest {
  private static final VoteThreshold TWO_THIRDS = new VoteThreshold(2, 3);
  private static final List<String> COUNCIL = List.of("uyvien.a", "uyvien.b", "uyvien.c");
  private static final LocalDate CLOSES_ON = TODAY.plusDays(7);
  private static final BallotItem COLLECTIVE_ITEM =
      new BallotItem("N1", Title.ADVANCED_COLLECTIVE, TWO_THIRDS);
  private static final BallotItem FLAG_ITEM =
      new BallotItem("N2", Title.COURT_EMULATION_FLAG, TWO_THIRDS);

  private final AggregateTestFixture<Ballot> fixture = new AggregateTestFixture<>(Ballot.class);
  private final RecognitionFixtures world = new RecognitionFixtures();

  @BeforeEach
  void setUp() {
    world.into(fixture, RecognitionProperties.defaults());
    nomination("N1", Title.ADVANCED_COLLECTIVE, true);
    nomination("N2", Title.COURT_EMULATION_FLAG, true);
    nomination("INELIGIBLE", Title.ADVANCED_COLLECTIVE, false);
  }

  private void nomination(String nominationId, Title title, boolean eligible) {
    world.register.nominated(
        new NominationMade(
            nominationId, title, 2024, new Nominee(DISTRICT, null, null), null, null));
    world.register.assessed(new NominationEligibilityAssessed(nominationId, eligible, List.of()));
  }

  private static Map<String, Object> member(String userId) {
    return actor(userId, "TANDTC", "COUNCIL_MEMBER");
  }

  private static BallotOpened councilBallot() {
    return new BallotOpened(
        "B1", List.of(COLLECTIVE_ITEM), VoterKind.COUNCIL_MEMBERS, COUNCIL, CLOSES_ON);
  }

  @Test
  void opensABallotWithTheThresholdEachTitleRequires() {
    AggregateTestFixture<Ballot> configured = new AggregateTestFixture<>(Ballot.class);
    world.into(
        configured,
        new RecognitionProperties(
            null,
            null,
            null,
            null,
            null,
            Map.of(Title.ADVANCED_COLLECTIVE, "3/4"),
            null,
            null,
            null));
    configured
        .givenNoPriorActivity()
        .when(
            new OpenBallot(
                "B1", List.of("N1", "N2"), VoterKind.COUNCIL_MEMBERS, COUNCIL, CLOSES_ON))
        .expectEvents(
            new BallotOpened(
                "B1",
                List.of(
                    new BallotItem("N1", Title.ADVANCED_COLLECTIVE, new VoteThreshold(3, 4)),
                    FLAG_ITEM),
                VoterKind.COUNCIL_MEMBERS,
                COUNCIL,
                CLOSES_ON));
  }

  @Test
  void cannotPutAnIneligibleNominationToTheVote() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenBallot(
                "B1", List.of("N1", "INELIGIBLE"), VoterKind.COUNCIL_MEMBERS, COUNCIL, CLOSES_ON))
        .expectException(InvalidBallot.class)
        .expectException(broken("nominationIds[1]", "nomination-must-be-eligible"))
        .expectNoEvents();
  }

  @Test
  void cannotPutAnUnknownNominationToTheVote() {
    fixture
        .givenNoPriorActivity()
        .when(new OpenBallot("B1", List.of("NOPE"), VoterKind.COUNCIL_MEMBERS, COUNCIL, CLOSES_ON))
        .expectException(broken("nominationIds[0]", "nomination-must-exist"))
        .expectNoEvents();
  }

  @Test
  void cannotPutANominationOnASecondBallot() {
    world.register.ballotOpened(councilBallot());
    fixture
        .givenNoPriorActivity()
        .when(new OpenBallot("B2", List.of("N1"), VoterKind.COUNCIL_MEMBERS, COUNCIL, CLOSES_ON))
        .expectException(RecognitionAlreadyDone.class)
        .expectException(broken("nominationIds[0]", "one-ballot-per-nomination"))
        .expectNoEvents();
  }

  @Test
  void cannotListAVoterTwice() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenBallot(
                "B1",
                List.of("N1"),
                VoterKind.COUNCIL_MEMBERS,
                List.of("uyvien.a", "uyvien.a"),
                CLOSES_ON))
        .expectException(broken("voters[1]", "voters-unique"))
        .expectNoEvents();
  }

  @Test
  void clusterVotersMustBeRegisteredCourts() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenBallot(
                "B1", List.of("N2"), VoterKind.CLUSTER_UNITS, List.of(PROVINCE, "NOPE"), CLOSES_ON))
        .expectException(UnknownUnit.class)
        .expectNoEvents();
  }

  @Test
  void cannotOpenABallotThatClosesInThePast() {
    fixture
        .givenNoPriorActivity()
        .when(
            new OpenBallot(
                "B1", List.of("N1"), VoterKind.COUNCIL_MEMBERS, COUNCIL, TODAY.minusDays(1)))
        .expectException(broken("closesOn", "closes-on-not-in-past"))
        .expectNoEvents();
  }

  @Test
  void cannotReuseABallotId() {
    fixture
        .given(councilBallot())
        .when(new OpenBallot("B1", List.of("N2"), VoterKind.COUNCIL_MEMBERS, COUNCIL, CLOSES_ON))
        .expectException(broken("ballotId", "ballot-id-must-be-unique"))
        .expectNoEvents();
  }

  @Test
  void aVoteRecordsThatTheMemberVotedButNotTheChoice() {
    fixture
        .given(councilBallot())
        .when(new CastVote("B1", Map.of("N1", VoteChoice.AGAINST)), member("uyvien.b"))
        .expectEvents(new VoteCast("B1", "uyvien.b", 1));
    assertThat(world.box.count("B1")).isEqualTo(Map.of("N1", Map.of(VoteChoice.AGAINST, 1)));
  }

  @Test
  void onAClusterBallotTheUnitHeadVotesForTheCourt() {
    fixture
        .given(
            new BallotOpened(
                "B1",
                List.of(FLAG_ITEM),
                VoterKind.CLUSTER_UNITS,
                List.of(PROVINCE, "TAND-HN"),
                CLOSES_ON))
        .when(
            new CastVote("B1", Map.of("N2", VoteChoice.FOR)),
            actor("truongdonvi.qn", PROVINCE, "UNIT_HEAD"))
        .expectEvents(new VoteCast("B1", PROVINCE, 1));
  }

  @Test
  void onlyListedVotersVote() {
    fixture
        .given(councilBallot())
        .when(new CastVote("B1", Map.of("N1", VoteChoice.FOR)), member("uyvien.x"))
        .expectException(NotAVoter.class)
        .expectException(broken("ballotId", "listed-voters-only"))
        .expectNoEvents();
  }

  @Test
  void aListedUserWithoutTheCouncilRoleCannotVote() {
    fixture
        .given(councilBallot())
        .when(
            new CastVote("B1", Map.of("N1", VoteChoice.FOR)),
            actor("uyvien.a", "TANDTC", "UNIT_HEAD"))
        .expectException(broken("ballotId", "listed-voters-only"))
        .expectNoEvents();
  }

  @Test
  void eachVoterVotesOnce() {
    fixture
        .given(councilBallot(), new VoteCast("B1", "uyvien.a", 1))
        .when(new CastVote("B1", Map.of("N1", VoteChoice.FOR)), member("uyvien.a"))
        .expectException(RecognitionAlreadyDone.class)
        .expectException(broken("ballotId", "one-vote-per-voter"))
        .expectNoEvents();
  }

  @Test
  void noVoteAfterTheClosingDate() {
    AggregateTestFixture<Ballot> later = new AggregateTestFixture<>(Ballot.class);
    // the first clock registered is the one handlers get
    later.registerInjectableResource(
        Clock.fixed(
            CLOSES_ON.plusDays(1).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
            ZoneId.of("Asia/Ho_Chi_Minh")));
    world.into(later, RecognitionProperties.defaults());
    later
        .given(councilBallot())
        .when(new CastVote("B1", Map.of("N1", VoteChoice.FOR)), member("uyvien.a"))
        .expectException(broken("ballotId", "voting-closed"))
        .expectNoEvents();
  }

  @Test
  void noVoteOnAClosedBallot() {
    fixture
        .given(
            new BallotOpened(
                "B1", List.of(COLLECTIVE_ITEM), VoterKind.COUNCIL_MEMBERS, COUNCIL, CLOSES_ON),
            new BallotClosed("B1", TODAY, 3, 0, List.of(), false))
        .when(new CastVote("B1", Map.of("N1", VoteChoice.FOR)), member("uyvien.a"))
        .expectException(broken("ballotId", "voting-closed"))
        .expectNoEvents();
  }

  @Test
  void aBallotPaperChoosesForEveryNomination() {
    fixture
        .given(
            new BallotOpened(
                "B1",
                List.of(COLLECTIVE_ITEM, FLAG_ITEM),
                VoterKind.COUNCIL_MEMBERS,
                COUNCIL,
                CLOSES_ON))
        .when(new CastVote("B1", Map.of("N1", VoteChoice.FOR)), member("uyvien.a"))
        .expectException(broken("choices.N2", "choice-for-every-nomination"))
        .expectNoEvents();
  }

  @Test
  void aBallotPaperChoosesOnlyForNominationsOnTheBallot() {
    fixture
        .given(councilBallot())
        .when(
            new CastVote("B1", Map.of("N1", VoteChoice.FOR, "N2", VoteChoice.FOR)),
            member("uyvien.a"))
        .expectException(broken("choices.N2", "nomination-on-ballot"))
        .expectNoEvents();
  }

  @Test
  void closingPublishesTheTallyAgainstAllListedVoters() {
    world.box.deposit("B1", Map.of("N1", VoteChoice.FOR));
    world.box.deposit("B1", Map.of("N1", VoteChoice.FOR));
    world.box.deposit("B1", Map.of("N1", VoteChoice.AGAINST));
    fixture
        .given(
            councilBallot(),
            new VoteCast("B1", "uyvien.a", 1),
            new VoteCast("B1", "uyvien.b", 2),
            new VoteCast("B1", "uyvien.c", 3))
        .when(new CloseBallot("B1"))
        .expectEvents(
            new BallotClosed(
                "B1",
                TODAY,
                3,
                3,
                List.of(new BallotResult("N1", 2, 1, 0, 3, TWO_THIRDS, true)),
                true));
  }

  @Test
  void aNominationBelowTheThresholdOfAllListedVotersFails() {
    AggregateTestFixture<Ballot> later = new AggregateTestFixture<>(Ballot.class);
    // the first clock registered is the one handlers get
    later.registerInjectableResource(
        Clock.fixed(
            CLOSES_ON.plusDays(1).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
            ZoneId.of("Asia/Ho_Chi_Minh")));
    world.into(later, RecognitionProperties.defaults());
    world.box.deposit("B1", Map.of("N1", VoteChoice.FOR));
    world.box.deposit("B1", Map.of("N1", VoteChoice.ABSTAIN));
    later
        .given(
            councilBallot(), new VoteCast("B1", "uyvien.a", 1), new VoteCast("B1", "uyvien.b", 2))
        .when(new CloseBallot("B1"))
        .expectEvents(
            new BallotClosed(
                "B1",
                CLOSES_ON.plusDays(1),
                3,
                2,
                List.of(new BallotResult("N1", 1, 0, 1, 3, TWO_THIRDS, false)),
                false));
  }

  @Test
  void cannotCloseBeforeTheClosingDateWhileVotersRemain() {
    fixture
        .given(councilBallot(), new VoteCast("B1", "uyvien.a", 1))
        .when(new CloseBallot("B1"))
        .expectException(broken("ballotId", "ballot-open-until-closing-date"))
        .expectNoEvents();
  }

  @Test
  void cannotCloseTwice() {
    fixture
        .given(councilBallot(), new BallotClosed("B1", TODAY, 3, 0, List.of(), false))
        .when(new CloseBallot("B1"))
        .expectException(broken("ballotId", "ballot-closes-once"))
        .expectNoEvents();
  }
}
