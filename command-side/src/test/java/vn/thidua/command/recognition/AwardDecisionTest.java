package vn.thidua.command.recognition;

import static vn.thidua.command.recognition.RecognitionFixtures.CAMPAIGN;
import static vn.thidua.command.recognition.RecognitionFixtures.DISTRICT;
import static vn.thidua.command.recognition.RecognitionFixtures.OFFICER;
import static vn.thidua.command.recognition.RecognitionFixtures.PHASE;
import static vn.thidua.command.recognition.RecognitionFixtures.PROVINCIAL_DECIDER;
import static vn.thidua.command.recognition.RecognitionFixtures.SUPREME_DECIDER;
import static vn.thidua.command.recognition.RecognitionFixtures.TODAY;
import static vn.thidua.command.recognition.RecognitionFixtures.actor;
import static vn.thidua.command.recognition.Rules.broken;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.DecideAward;
import vn.thidua.events.recognition.Gate;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.InvalidDecision;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.NotCompetentAuthority;
import vn.thidua.events.recognition.RecognitionAlreadyDone;
import vn.thidua.events.recognition.RevocationGround;
import vn.thidua.events.recognition.RevokeAward;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;
import vn.thidua.events.recognition.UnknownAward;
import vn.thidua.events.recognition.VoteThreshold;
import vn.thidua.events.recognition.VoterKind;

/**
 * DecideAward and RevokeAward: only after a passed ballot, with gates holding, by the competent
 * court.
 */
class AwardDecisionTest {
  private static final StandingsBasis BASIS = new StandingsBasis(CAMPAIGN, PHASE);
  private static final Nominee COLLECTIVE = new Nominee(DISTRICT, null, "TAND TP Hạ Long");
  private static final List<GateResult> GATES_HELD =
      List.of(
          new GateResult(
              Gate.ANNULLED_RATE, true, new BigDecimal("0.58"), new BigDecimal("1.5"), "within"));
  private static final LocalDate DECIDED_ON = LocalDate.of(2024, 11, 10);

  private final AggregateTestFixture<Nomination> fixture =
      new AggregateTestFixture<>(Nomination.class);
  private final RecognitionFixtures world = new RecognitionFixtures();

  @BeforeEach
  void setUp() {
    world.into(fixture, RecognitionProperties.defaults());
  }

  /** The nomination's own events, also fed to the register as the subscribing updater would. */
  private Object[] nominated(Title title, boolean eligible, Boolean ballotPassed) {
    NominationMade made = new NominationMade("N1", title, 2024, COLLECTIVE, BASIS, null);
    NominationEligibilityAssessed assessed =
        new NominationEligibilityAssessed(
            "N1",
            eligible,
            eligible
                ? GATES_HELD
                : List.of(
                    new GateResult(
                        Gate.ANNULLED_RATE,
                        false,
                        new BigDecimal("2.1"),
                        new BigDecimal("1.5"),
                        "The annulled/amended rate 2.1 % is above the limit of 1.5 %")));
    world.register.nominated(made);
    world.register.assessed(assessed);
    if (ballotPassed != null) {
      VoteThreshold twoThirds = new VoteThreshold(2, 3);
      world.register.ballotOpened(
          new BallotOpened(
              "B1",
              List.of(new BallotItem("N1", title, twoThirds)),
              VoterKind.COUNCIL_MEMBERS,
              List.of("a", "b", "c"),
              TODAY));
      world.register.ballotClosed(
          new BallotClosed(
              "B1",
              TODAY,
              3,
              3,
              List.of(
                  new BallotResult(
                      "N1",
                      ballotPassed ? 3 : 1,
                      ballotPassed ? 0 : 2,
                      0,
                      3,
                      twoThirds,
                      ballotPassed)),
              ballotPassed));
    }
    return new Object[] {made, assessed};
  }

  private AwardDecided decided(Title title) {
    AwardDecided event =
        new AwardDecided(
            "N1",
            "123-QD-TA",
            title,
            2024,
            COLLECTIVE,
            DECIDED_ON,
            "Chánh án Trần Văn B",
            "TAND-QN",
            false,
            "B1",
            BASIS,
            GATES_HELD);
    world.register.awardDecided(event);
    return event;
  }

  private static DecideAward decide(String number) {
    return new DecideAward("N1", number, DECIDED_ON, "Chánh án Trần Văn B");
  }

  @Test
  void decidesAnAwardAfterAPassedBallotWithTheFiguresItReliedOn() {
    fixture
        .given(nominated(Title.ADVANCED_COLLECTIVE, true, true))
        .when(decide("123-QD-TA"), PROVINCIAL_DECIDER)
        .expectEvents(
            new AwardDecided(
                "N1",
                "123-QD-TA",
                Title.ADVANCED_COLLECTIVE,
                2024,
                COLLECTIVE,
                DECIDED_ON,
                "Chánh án Trần Văn B",
                "TAND-QN",
                false,
                "B1",
                BASIS,
                GATES_HELD));
  }

  @Test
  void recordsAPrimeMinistersTitleAsDecidedExternally() {
    fixture
        .given(nominated(Title.GOVERNMENT_EMULATION_FLAG, true, true))
        .when(
            new DecideAward("N1", "45-QD-TTg", DECIDED_ON, "Thủ tướng Chính phủ"), SUPREME_DECIDER)
        .expectEvents(
            new AwardDecided(
                "N1",
                "45-QD-TTg",
                Title.GOVERNMENT_EMULATION_FLAG,
                2024,
                COLLECTIVE,
                DECIDED_ON,
                "Thủ tướng Chính phủ",
                "TANDTC",
                true,
                "B1",
                BASIS,
                GATES_HELD));
  }

  @Test
  void cannotDecideWithoutABallot() {
    fixture
        .given(nominated(Title.ADVANCED_COLLECTIVE, true, null))
        .when(decide("123-QD-TA"), PROVINCIAL_DECIDER)
        .expectException(InvalidDecision.class)
        .expectException(broken("nominationId", "ballot-must-have-passed"))
        .expectExceptionMessage("The nomination has not been put to a ballot")
        .expectNoEvents();
  }

  @Test
  void cannotDecideAfterAFailedBallot() {
    fixture
        .given(nominated(Title.ADVANCED_COLLECTIVE, true, false))
        .when(decide("123-QD-TA"), PROVINCIAL_DECIDER)
        .expectException(broken("nominationId", "ballot-must-have-passed"))
        .expectExceptionMessage("The ballot on this nomination failed")
        .expectNoEvents();
  }

  @Test
  void cannotDecideWhenTheGatesFailed() {
    fixture
        .given(nominated(Title.ADVANCED_COLLECTIVE, false, true))
        .when(decide("123-QD-TA"), PROVINCIAL_DECIDER)
        .expectException(broken("nominationId", "gates-must-hold"))
        .expectExceptionMessage(
            "The nomination failed its eligibility gates: The annulled/amended rate 2.1 % is above"
                + " the limit of 1.5 %")
        .expectNoEvents();
  }

  @Test
  void aSupremeDeciderCannotDecideAProvincialTitle() {
    fixture
        .given(nominated(Title.ADVANCED_COLLECTIVE, true, true))
        .when(decide("123-QD-TA"), SUPREME_DECIDER)
        .expectException(NotCompetentAuthority.class)
        .expectException(broken("nominationId", "competent-authority"))
        .expectNoEvents();
  }

  @Test
  void aProvincialDeciderCannotDecideASupremeTitle() {
    fixture
        .given(nominated(Title.EXCELLENT_COLLECTIVE, true, true))
        .when(decide("123-QD-TA"), PROVINCIAL_DECIDER)
        .expectException(broken("nominationId", "competent-authority"))
        .expectNoEvents();
  }

  @Test
  void aProvincialDeciderCannotDecideForAnotherProvince() {
    fixture
        .given(nominated(Title.ADVANCED_COLLECTIVE, true, true))
        .when(decide("123-QD-TA"), actor("chanhan.hn", "TAND-HN", "DECIDER"))
        .expectException(broken("nominationId", "competent-authority"))
        .expectExceptionMessage(
            "Court 'TAND-HN' decides only for itself and the courts below it, not for 'QN-HALONG'")
        .expectNoEvents();
  }

  @Test
  void onlyADeciderDecides() {
    fixture
        .given(nominated(Title.ADVANCED_COLLECTIVE, true, true))
        .when(decide("123-QD-TA"), OFFICER)
        .expectException(broken("nominationId", "competent-authority"))
        .expectNoEvents();
  }

  @Test
  void theDeciderLevelIsConfigurable() {
    AggregateTestFixture<Nomination> configured = new AggregateTestFixture<>(Nomination.class);
    world.into(
        configured,
        new RecognitionProperties(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of(Title.ADVANCED_COLLECTIVE, CourtLevel.SUPREME),
            null));
    configured
        .given(nominated(Title.ADVANCED_COLLECTIVE, true, true))
        .when(decide("123-QD-TA"), PROVINCIAL_DECIDER)
        .expectException(broken("nominationId", "competent-authority"))
        .expectNoEvents();
  }

  @Test
  void cannotDecideOnAFutureDate() {
    fixture
        .given(nominated(Title.ADVANCED_COLLECTIVE, true, true))
        .when(new DecideAward("N1", "123-QD-TA", TODAY.plusDays(1), "Chánh án"), PROVINCIAL_DECIDER)
        .expectException(broken("decidedOn", "date-not-in-future"))
        .expectNoEvents();
  }

  @Test
  void cannotReuseADecisionNumber() {
    world.register.nominated(
        new NominationMade("OTHER", Title.ADVANCED_COLLECTIVE, 2023, COLLECTIVE, BASIS, null));
    world.register.awardDecided(
        new AwardDecided(
            "OTHER",
            "123-QD-TA",
            Title.ADVANCED_COLLECTIVE,
            2023,
            COLLECTIVE,
            DECIDED_ON,
            "x",
            "TAND-QN",
            false,
            null,
            null,
            List.of()));
    fixture
        .given(nominated(Title.ADVANCED_COLLECTIVE, true, true))
        .when(decide("123-QD-TA"), PROVINCIAL_DECIDER)
        .expectException(RecognitionAlreadyDone.class)
        .expectException(broken("decisionNumber", "decision-number-unique"))
        .expectNoEvents();
  }

  @Test
  void cannotDecideTheSameNominationUnderASecondNumber() {
    Object[] history = nominated(Title.ADVANCED_COLLECTIVE, true, true);
    fixture
        .given(history[0], history[1], decided(Title.ADVANCED_COLLECTIVE))
        .when(decide("999-QD-TA"), PROVINCIAL_DECIDER)
        .expectException(broken("nominationId", "one-award-per-nomination"))
        .expectNoEvents();
  }

  @Test
  void repeatingTheSameDecisionChangesNothing() {
    Object[] history = nominated(Title.ADVANCED_COLLECTIVE, true, true);
    fixture
        .given(history[0], history[1], decided(Title.ADVANCED_COLLECTIVE))
        .when(decide("123-QD-TA"), PROVINCIAL_DECIDER)
        .expectSuccessfulHandlerExecution()
        .expectNoEvents();
  }

  @Test
  void repeatingADecisionIsRefusedToACourtThatMayNotDecideIt() {
    Object[] history = nominated(Title.ADVANCED_COLLECTIVE, true, true);
    fixture
        .given(history[0], history[1], decided(Title.ADVANCED_COLLECTIVE))
        .when(decide("123-QD-TA"), actor("chanhan.hn", "TAND-HN", "DECIDER"))
        .expectException(broken("nominationId", "competent-authority"))
        .expectNoEvents();
  }

  private RevokeAward revoke(String number, LocalDate on) {
    return new RevokeAward(
        "N1", number, RevocationGround.FORGED_DOCUMENTS, "Hồ sơ có giấy tờ giả mạo", on);
  }

  @Test
  void revokesAnAwardOnALegalGroundWithItsReason() {
    Object[] history = nominated(Title.ADVANCED_COLLECTIVE, true, true);
    fixture
        .given(history[0], history[1], decided(Title.ADVANCED_COLLECTIVE))
        .when(revoke("123-QD-TA", TODAY), PROVINCIAL_DECIDER)
        .expectEvents(
            new AwardRevoked(
                "N1",
                "123-QD-TA",
                Title.ADVANCED_COLLECTIVE,
                2024,
                COLLECTIVE,
                RevocationGround.FORGED_DOCUMENTS,
                "Hồ sơ có giấy tờ giả mạo",
                TODAY));
  }

  @Test
  void cannotRevokeTwice() {
    Object[] history = nominated(Title.ADVANCED_COLLECTIVE, true, true);
    fixture
        .given(
            history[0],
            history[1],
            decided(Title.ADVANCED_COLLECTIVE),
            new AwardRevoked(
                "N1",
                "123-QD-TA",
                Title.ADVANCED_COLLECTIVE,
                2024,
                COLLECTIVE,
                RevocationGround.FRAUD,
                "x",
                TODAY))
        .when(revoke("123-QD-TA", TODAY), PROVINCIAL_DECIDER)
        .expectException(broken("decisionNumber", "one-revocation-per-award"))
        .expectNoEvents();
  }

  @Test
  void aCourtThatMayNotRevokeLearnsNothingAboutAnEarlierRevocation() {
    Object[] history = nominated(Title.ADVANCED_COLLECTIVE, true, true);
    fixture
        .given(
            history[0],
            history[1],
            decided(Title.ADVANCED_COLLECTIVE),
            new AwardRevoked(
                "N1",
                "123-QD-TA",
                Title.ADVANCED_COLLECTIVE,
                2024,
                COLLECTIVE,
                RevocationGround.FRAUD,
                "x",
                TODAY))
        .when(revoke("123-QD-TA", TODAY), actor("chanhan.hn", "TAND-HN", "DECIDER"))
        .expectException(broken("decisionNumber", "competent-authority"))
        .expectNoEvents();
  }

  @Test
  void cannotRevokeAnAwardThatWasNeverDecided() {
    fixture
        .given(nominated(Title.ADVANCED_COLLECTIVE, true, true))
        .when(revoke("123-QD-TA", TODAY), PROVINCIAL_DECIDER)
        .expectException(UnknownAward.class)
        .expectNoEvents();
  }

  @Test
  void cannotRevokeBeforeTheDecision() {
    Object[] history = nominated(Title.ADVANCED_COLLECTIVE, true, true);
    fixture
        .given(history[0], history[1], decided(Title.ADVANCED_COLLECTIVE))
        .when(revoke("123-QD-TA", DECIDED_ON.minusDays(1)), PROVINCIAL_DECIDER)
        .expectException(broken("revokedOn", "revoked-on-or-after-decision"))
        .expectNoEvents();
  }

  @Test
  void cannotRevokeOnAFutureDate() {
    Object[] history = nominated(Title.ADVANCED_COLLECTIVE, true, true);
    fixture
        .given(history[0], history[1], decided(Title.ADVANCED_COLLECTIVE))
        .when(revoke("123-QD-TA", TODAY.plusDays(1)), PROVINCIAL_DECIDER)
        .expectException(broken("revokedOn", "date-not-in-future"))
        .expectNoEvents();
  }

  @Test
  void onlyTheCompetentAuthorityRevokes() {
    Object[] history = nominated(Title.ADVANCED_COLLECTIVE, true, true);
    fixture
        .given(history[0], history[1], decided(Title.ADVANCED_COLLECTIVE))
        .when(revoke("123-QD-TA", TODAY), SUPREME_DECIDER)
        .expectException(broken("decisionNumber", "competent-authority"))
        .expectNoEvents();
  }
}
