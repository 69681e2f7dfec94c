package vn.thidua.command.recognition;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;
import static vn.thidua.command.recognition.RecognitionFixtures.CAMPAIGN;
import static vn.thidua.command.recognition.RecognitionFixtures.DISTRICT;
import static vn.thidua.command.recognition.RecognitionFixtures.OFFICER;
import static vn.thidua.command.recognition.RecognitionFixtures.OTHER_PROVINCE;
import static vn.thidua.command.recognition.RecognitionFixtures.PHASE;
import static vn.thidua.command.recognition.RecognitionFixtures.actor;
import static vn.thidua.command.recognition.Rules.broken;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.command.privacy.InMemoryVault;
import vn.thidua.events.organisation.OutsideUnitScope;
import vn.thidua.events.organisation.UnknownUnit;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.Gate;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.InvalidNomination;
import vn.thidua.events.recognition.Nominate;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationFacts;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.RecognitionAlreadyDone;
import vn.thidua.events.recognition.RevocationGround;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;

/** Nominate: the nomination is recorded with every gate's figure, limit and reason. */
class NominationTest {
  private static final StandingsBasis BASIS = new StandingsBasis(CAMPAIGN, PHASE);
  private static final Nominee COLLECTIVE = new Nominee(DISTRICT, null, "TAND TP Hạ Long");
  private static final Nominee JUDGE = new Nominee(DISTRICT, "tp-nguyen-van-a", "Nguyễn Văn A");

  private final AggregateTestFixture<Nomination> fixture =
      new AggregateTestFixture<>(Nomination.class);
  private final RecognitionFixtures world = new RecognitionFixtures();

  @BeforeEach
  void setUp() {
    world.into(fixture, RecognitionProperties.defaults());
  }

  private static Nominate collective(String nominationId, NominationFacts facts) {
    return new Nominate(nominationId, Title.ADVANCED_COLLECTIVE, 2024, COLLECTIVE, BASIS, facts);
  }

  /** A past award of another nomination, known to the register only. */
  private void awarded(String nominationId, Title title, int year, Nominee nominee) {
    world.register.nominated(new NominationMade(nominationId, title, year, nominee, null, null));
    world.register.assessed(new NominationEligibilityAssessed(nominationId, true, List.of()));
    world.register.awardDecided(
        new AwardDecided(
            nominationId,
            "QD-" + nominationId,
            title,
            year,
            nominee,
            null,
            "Chánh án",
            "TAND-QN",
            false,
            null,
            null,
            List.of()));
  }

  static Matcher<Object> gates(boolean passed, Matcher<?>... gates) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(Object item) {
        if (!(item instanceof NominationEligibilityAssessed assessment)
            || assessment.passed() != passed
            || assessment.gates().size() != gates.length) {
          return false;
        }
        for (int i = 0; i < gates.length; i++) {
          if (!gates[i].matches(assessment.gates().get(i))) {
            return false;
          }
        }
        return true;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("an assessment passed=" + passed + " with gates ");
        for (Matcher<?> gate : gates) {
          description.appendDescriptionOf(gate).appendText("; ");
        }
      }
    };
  }

  static Matcher<GateResult> gate(
      Gate gate, boolean passed, String figure, String limit, String reasonPart) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(GateResult result) {
        return result.gate() == gate
            && result.passed() == passed
            && equal(result.figure(), figure)
            && equal(result.limit(), limit)
            && result.reason().contains(reasonPart);
      }

      private static boolean equal(BigDecimal actual, String expected) {
        return expected == null
            ? actual == null
            : actual != null && actual.compareTo(new BigDecimal(expected)) == 0;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText(
            gate + " passed=" + passed + " " + figure + "/" + limit + " '" + reasonPart + "'");
      }
    };
  }

  /** The nominee as the event carries it: a person's name sealed, a unit's as it is. */
  private static Nominee sealed(Nominee nominee) {
    return nominee.hasPlainPersonalName()
        ? nominee.sealedAs(InMemoryVault.sealed(nominee.personId(), nominee.name()))
        : nominee;
  }

  private void expectNominated(Nominate command, Matcher<Object> assessment) {
    fixture
        .givenNoPriorActivity()
        .when(command, OFFICER)
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(
            payloadsMatching(
                exactSequenceOf(
                    equalTo(
                        new NominationMade(
                            command.nominationId(),
                            command.title(),
                            command.emulationYear(),
                            sealed(command.nominee()),
                            command.basis(),
                            command.facts())),
                    assessment,
                    andNoMore())))
        .expectResultMessagePayloadMatching(assessment);
  }

  @Test
  void nominatesAnEligibleCollectiveWithTheFiguresOfEveryGate() {
    world.freeze("0.58", List.of());
    expectNominated(
        collective("N1", new NominationFacts(null, 20, 15)),
        gates(
            true,
            gate(Gate.ANNULLED_RATE, true, "0.58", "1.5", "within the limit"),
            gate(Gate.ADVANCED_WORKER_SHARE, true, "75.0", "50", "15 of 20 members")));
  }

  @Test
  void recordsTheNominationAsIneligibleWhenTheAnnulledRateIsAboveTheLimit() {
    world.freeze("2.1", List.of());
    expectNominated(
        collective("N1", new NominationFacts(null, 20, 15)),
        gates(
            false,
            gate(Gate.ANNULLED_RATE, false, "2.1", "1.5", "above the limit"),
            gate(Gate.ADVANCED_WORKER_SHARE, true, "75.0", "50", "")));
  }

  @Test
  void failsTheAnnulledRateGateTheFrozenStandingsAlreadyFailed() {
    world.freeze(null, List.of("ANNULLED_RATE_ABOVE_LIMIT"));
    expectNominated(
        collective("N1", new NominationFacts(null, 20, 15)),
        gates(
            false,
            gate(Gate.ANNULLED_RATE, false, null, "1.5", "ANNULLED_RATE_ABOVE_LIMIT"),
            gate(Gate.ADVANCED_WORKER_SHARE, true, "75.0", "50", "")));
  }

  @Test
  void failsTheAnnulledRateGateWhenNoStandingsAreCited() {
    expectNominated(
        new Nominate(
            "N1",
            Title.ADVANCED_COLLECTIVE,
            2024,
            COLLECTIVE,
            null,
            new NominationFacts(null, 20, 15)),
        gates(
            false,
            gate(Gate.ANNULLED_RATE, false, null, "1.5", "No frozen standings"),
            gate(Gate.ADVANCED_WORKER_SHARE, true, "75.0", "50", "")));
  }

  @Test
  void failsTheAdvancedWorkerShareAtExactlyHalfTheMembers() {
    world.freeze("0.5", List.of());
    expectNominated(
        collective("N1", new NominationFacts(null, 20, 10)),
        gates(
            false,
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", ""),
            gate(Gate.ADVANCED_WORKER_SHARE, false, "50.0", "50", "more than 50 % are needed")));
  }

  @Test
  void cannotNominateACollectiveWithoutItsMemberCount() {
    world.freeze("0.5", List.of());
    fixture
        .givenNoPriorActivity()
        .when(collective("N1", new NominationFacts(null, null, 10)), OFFICER)
        .expectException(InvalidNomination.class)
        .expectException(broken("facts.members", "fact-required"))
        .expectNoEvents();
  }

  @Test
  void cannotClaimMoreAdvancedWorkersThanMembers() {
    world.freeze("0.5", List.of());
    fixture
        .givenNoPriorActivity()
        .when(collective("N1", new NominationFacts(null, 10, 11)), OFFICER)
        .expectException(broken("facts.advancedWorkers", "advanced-workers-within-members"))
        .expectNoEvents();
  }

  @Test
  void aCourtEmulationFighterNeedsThreeConsecutiveGrassrootsYears() {
    world.freeze("0.5", List.of());
    awarded("G22", Title.GRASSROOTS_EMULATION_FIGHTER, 2022, JUDGE);
    awarded("G23", Title.GRASSROOTS_EMULATION_FIGHTER, 2023, JUDGE);
    awarded("G24", Title.GRASSROOTS_EMULATION_FIGHTER, 2024, JUDGE);
    expectNominated(
        new Nominate("N1", Title.COURT_EMULATION_FIGHTER, 2024, JUDGE, BASIS, null),
        gates(
            true,
            gate(Gate.CONSECUTIVE_GRASSROOTS_FIGHTER, true, "3", "3", "up to 2024"),
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", "")));
  }

  @Test
  void aBrokenRunOfGrassrootsYearsFailsTheCourtEmulationFighterGate() {
    world.freeze("0.5", List.of());
    awarded("G21", Title.GRASSROOTS_EMULATION_FIGHTER, 2021, JUDGE);
    awarded("G23", Title.GRASSROOTS_EMULATION_FIGHTER, 2023, JUDGE);
    awarded("G24", Title.GRASSROOTS_EMULATION_FIGHTER, 2024, JUDGE);
    expectNominated(
        new Nominate("N1", Title.COURT_EMULATION_FIGHTER, 2024, JUDGE, BASIS, null),
        gates(
            false,
            gate(Gate.CONSECUTIVE_GRASSROOTS_FIGHTER, false, "2", "3", "Only 2 consecutive"),
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", "")));
  }

  @Test
  void aRevokedGrassrootsAwardBreaksTheRun() {
    world.freeze("0.5", List.of());
    awarded("G22", Title.GRASSROOTS_EMULATION_FIGHTER, 2022, JUDGE);
    awarded("G23", Title.GRASSROOTS_EMULATION_FIGHTER, 2023, JUDGE);
    awarded("G24", Title.GRASSROOTS_EMULATION_FIGHTER, 2024, JUDGE);
    world.register.awardRevoked(
        new AwardRevoked(
            "G23",
            "QD-G23",
            Title.GRASSROOTS_EMULATION_FIGHTER,
            2023,
            JUDGE,
            RevocationGround.FRAUD,
            "Hồ sơ gian dối",
            null));
    expectNominated(
        new Nominate("N1", Title.COURT_EMULATION_FIGHTER, 2024, JUDGE, BASIS, null),
        gates(
            false,
            gate(Gate.CONSECUTIVE_GRASSROOTS_FIGHTER, false, "1", "3", ""),
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", "")));
  }

  @Test
  void theGrassrootsQuotaCountsDecidedAndNominatedOnesWithThisOne() {
    world.freeze("0.5", List.of());
    awarded("G1", Title.GRASSROOTS_EMULATION_FIGHTER, 2024, new Nominee(DISTRICT, "p1", "A"));
    world.register.nominated(
        new NominationMade(
            "G2",
            Title.GRASSROOTS_EMULATION_FIGHTER,
            2024,
            new Nominee(DISTRICT, "p2", "B"),
            null,
            null));
    world.register.assessed(new NominationEligibilityAssessed("G2", true, List.of()));
    expectNominated(
        new Nominate(
            "N1",
            Title.GRASSROOTS_EMULATION_FIGHTER,
            2024,
            JUDGE,
            BASIS,
            new NominationFacts(20, null, null)),
        gates(
            true,
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", ""),
            gate(Gate.GRASSROOTS_QUOTA, true, "3", "3", "15 % of 20 staff")));
  }

  @Test
  void theGrassrootsQuotaFailsOnceFifteenPercentOfStaffIsReached() {
    world.freeze("0.5", List.of());
    for (int i = 1; i <= 3; i++) {
      awarded(
          "G" + i, Title.GRASSROOTS_EMULATION_FIGHTER, 2024, new Nominee(DISTRICT, "p" + i, "P"));
    }
    expectNominated(
        new Nominate(
            "N1",
            Title.GRASSROOTS_EMULATION_FIGHTER,
            2024,
            JUDGE,
            BASIS,
            new NominationFacts(20, null, null)),
        gates(
            false,
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", ""),
            gate(Gate.GRASSROOTS_QUOTA, false, "4", "3", "Quota exceeded")));
  }

  @Test
  void cannotNominateAGrassrootsFighterWithoutTheStaffCount() {
    world.freeze("0.5", List.of());
    fixture
        .givenNoPriorActivity()
        .when(
            new Nominate("N1", Title.GRASSROOTS_EMULATION_FIGHTER, 2024, JUDGE, BASIS, null),
            OFFICER)
        .expectException(broken("facts.unitStaff", "fact-required"))
        .expectNoEvents();
  }

  @Test
  void cannotNominateAUnitForAPersonsTitle() {
    fixture
        .givenNoPriorActivity()
        .when(new Nominate("N1", Title.ADVANCED_WORKER, 2024, COLLECTIVE, BASIS, null), OFFICER)
        .expectException(broken("nominee.personId", "nominee-fits-title"))
        .expectNoEvents();
  }

  @Test
  void cannotNominateAPersonForAUnitsTitle() {
    fixture
        .givenNoPriorActivity()
        .when(new Nominate("N1", Title.COURT_EMULATION_FLAG, 2024, JUDGE, BASIS, null), OFFICER)
        .expectException(broken("nominee.personId", "nominee-fits-title"))
        .expectNoEvents();
  }

  @Test
  void cannotNominateAnUnknownUnit() {
    fixture
        .givenNoPriorActivity()
        .when(
            new Nominate(
                "N1",
                Title.ADVANCED_COLLECTIVE,
                2024,
                new Nominee("NOPE", null, null),
                BASIS,
                new NominationFacts(null, 20, 15)),
            OFFICER)
        .expectException(UnknownUnit.class)
        .expectNoEvents();
  }

  @Test
  void cannotNominateForAUnitOutsideOnesOwnCourt() {
    fixture
        .givenNoPriorActivity()
        .when(
            new Nominate(
                "N1",
                Title.ADVANCED_COLLECTIVE,
                2024,
                new Nominee(OTHER_PROVINCE, null, null),
                BASIS,
                new NominationFacts(null, 20, 15)),
            OFFICER)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }

  @Test
  void cannotCiteStandingsThatAreNotFrozen() {
    fixture
        .givenNoPriorActivity()
        .when(collective("N1", new NominationFacts(null, 20, 15)), OFFICER)
        .expectException(broken("basis.phaseId", "standings-must-be-frozen"))
        .expectNoEvents();
  }

  @Test
  void cannotNominateTheSameNomineeTwiceForATitleAndYear() {
    world.freeze("0.5", List.of());
    awarded("EARLIER", Title.ADVANCED_COLLECTIVE, 2024, COLLECTIVE);
    fixture
        .givenNoPriorActivity()
        .when(collective("N1", new NominationFacts(null, 20, 15)), OFFICER)
        .expectException(RecognitionAlreadyDone.class)
        .expectException(broken("nominee", "one-nomination-per-title-and-year"))
        .expectNoEvents();
  }

  @Test
  void cannotReuseANominationId() {
    world.freeze("0.5", List.of());
    fixture
        .given(
            new NominationMade("N1", Title.ADVANCED_COLLECTIVE, 2024, COLLECTIVE, BASIS, null),
            new NominationEligibilityAssessed("N1", true, List.of()))
        .when(collective("N1", new NominationFacts(null, 20, 15)), OFFICER)
        .expectException(broken("nominationId", "nomination-id-must-be-unique"))
        .expectNoEvents();
  }

  @Test
  void aNominationOutOfScopeIsRefusedNotConfirmedToExist() {
    world.freeze("0.5", List.of());
    fixture
        .given(
            new NominationMade("N1", Title.ADVANCED_COLLECTIVE, 2024, COLLECTIVE, BASIS, null),
            new NominationEligibilityAssessed("N1", true, List.of()))
        .when(
            collective("N1", new NominationFacts(null, 20, 15)),
            actor("thidua.hn", OTHER_PROVINCE, "EMULATION_OFFICER"))
        .expectException(broken("nominationId", "own-unit-or-below"))
        .expectNoEvents();
  }
}
