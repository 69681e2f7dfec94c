package vn.thidua.command.recognition;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;
import static vn.thidua.command.recognition.NominationTest.gate;
import static vn.thidua.command.recognition.NominationTest.gates;
import static vn.thidua.command.recognition.RecognitionFixtures.CAMPAIGN;
import static vn.thidua.command.recognition.RecognitionFixtures.DISTRICT;
import static vn.thidua.command.recognition.RecognitionFixtures.OFFICER;
import static vn.thidua.command.recognition.RecognitionFixtures.PHASE;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.events.organisation.StaffCountChanged;
import vn.thidua.events.organisation.StaffMemberRegistered;
import vn.thidua.events.organisation.StaffMemberTransferred;
import vn.thidua.events.organisation.StaffRole;
import vn.thidua.events.privacy.SealedText;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.Gate;
import vn.thidua.events.recognition.Nominate;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationFacts;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.RevocationGround;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;

/**
 * The member share and the grassroots quota read the recorded staff (members, their Lao động tiên
 * tiến awards, the staff count in force); the nomination's facts only stand in when the unit has no
 * staff recorded.
 */
class StaffGatesTest {
  private static final StandingsBasis BASIS = new StandingsBasis(CAMPAIGN, PHASE);
  private static final String ELSEWHERE = "QN-CAMPHA";
  private static final Nominee COLLECTIVE = new Nominee(DISTRICT, null, "TAND TP Hạ Long");
  private static final Nominee JUDGE = new Nominee(DISTRICT, "s1", "Nguyễn Văn A");
  private static final LocalDate JANUARY = LocalDate.of(2024, 1, 2);

  private final AggregateTestFixture<Nomination> fixture =
      new AggregateTestFixture<>(Nomination.class);
  private final RecognitionFixtures world = new RecognitionFixtures();

  @BeforeEach
  void setUp() {
    world.into(fixture, RecognitionProperties.defaults());
    world.freeze("0.5", List.of());
  }

  private void staff(String unitId, String... staffIds) {
    for (String staffId : staffIds) {
      world.register.staffMemberRegistered(
          new StaffMemberRegistered(
              staffId, new SealedText(staffId, "not-read-here"), StaffRole.CLERK, unitId, JANUARY));
    }
  }

  private void advancedWorker(String staffId, String unitId, int year) {
    String nominationId = "LDTT-" + staffId + "-" + year;
    Nominee person = new Nominee(unitId, staffId, "Cán bộ " + staffId);
    world.register.nominated(
        new NominationMade(nominationId, Title.ADVANCED_WORKER, year, person, null, null));
    world.register.assessed(new NominationEligibilityAssessed(nominationId, true, List.of()));
    world.register.awardDecided(
        new AwardDecided(
            nominationId,
            "QD-" + nominationId,
            Title.ADVANCED_WORKER,
            year,
            person,
            JANUARY,
            "Chánh án",
            DISTRICT,
            false,
            null,
            null,
            List.of()));
  }

  private void expectAssessed(Nominate command, Matcher<Object> assessment) {
    fixture
        .givenNoPriorActivity()
        .when(command, OFFICER)
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(
            payloadsMatching(
                exactSequenceOf(instanceOf(NominationMade.class), assessment, andNoMore())));
  }

  private static Nominate collective(NominationFacts facts) {
    return new Nominate("N1", Title.ADVANCED_COLLECTIVE, 2024, COLLECTIVE, BASIS, facts);
  }

  private static Nominate grassroots(NominationFacts facts) {
    return new Nominate("N1", Title.GRASSROOTS_EMULATION_FIGHTER, 2024, JUDGE, BASIS, facts);
  }

  @Test
  void theShareCountsRecordedMembersAndTheirAdvancedWorkerAwardsAndIgnoresTheFacts() {
    staff(DISTRICT, "s1", "s2", "s3");
    advancedWorker("s1", DISTRICT, 2024);
    advancedWorker("s2", DISTRICT, 2024);
    expectAssessed(
        collective(new NominationFacts(null, 20, 1)),
        gates(
            true,
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", ""),
            gate(Gate.ADVANCED_WORKER_SHARE, true, "66.7", "50", EligibilityGates.RECORDED)));
  }

  @Test
  void revokedOtherYearAndTransferredAwayAwardsDoNotCountButATransferredInMemberDoes() {
    staff(DISTRICT, "s1", "s2", "s3", "s4");
    staff(ELSEWHERE, "s5");
    advancedWorker("s1", DISTRICT, 2024);
    advancedWorker("s2", DISTRICT, 2024);
    world.register.awardRevoked(
        new AwardRevoked(
            "LDTT-s2-2024",
            "QD-LDTT-s2-2024",
            Title.ADVANCED_WORKER,
            2024,
            new Nominee(DISTRICT, "s2", "Cán bộ s2"),
            RevocationGround.FRAUD,
            "Kỷ luật",
            JANUARY));
    advancedWorker("s3", DISTRICT, 2023);
    advancedWorker("s4", DISTRICT, 2024);
    world.register.staffMemberTransferred(
        new StaffMemberTransferred("s4", DISTRICT, ELSEWHERE, JANUARY.plusMonths(3)));
    advancedWorker("s5", ELSEWHERE, 2024);
    world.register.staffMemberTransferred(
        new StaffMemberTransferred("s5", ELSEWHERE, DISTRICT, JANUARY.plusMonths(3)));
    expectAssessed(
        collective(null),
        gates(
            false,
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", ""),
            gate(Gate.ADVANCED_WORKER_SHARE, false, "50.0", "50", "Only 2 of 4 members")));
  }

  @Test
  void theShareFallsBackToTheFactsWhenTheUnitHasNoStaffRecorded() {
    staff(ELSEWHERE, "s9");
    expectAssessed(
        collective(new NominationFacts(null, 20, 15)),
        gates(
            true,
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", ""),
            gate(Gate.ADVANCED_WORKER_SHARE, true, "75.0", "50", EligibilityGates.DECLARED)));
  }

  @Test
  void theQuotaReadsTheStaffCountInForceNotALaterOne() {
    staff(DISTRICT, "s1", "s2");
    world.register.staffCountChanged(new StaffCountChanged(DISTRICT, 20, JANUARY));
    world.register.staffCountChanged(new StaffCountChanged(DISTRICT, 40, LocalDate.of(2025, 1, 1)));
    expectAssessed(
        grassroots(new NominationFacts(100, null, null)),
        gates(
            true,
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", ""),
            gate(Gate.GRASSROOTS_QUOTA, true, "1", "3", "15 % of 20 staff, staff count in force")));
  }

  @Test
  void theQuotaFailsFromTheRecordedMemberCountWhenNoStaffCountIsRecorded() {
    staff(DISTRICT, "s1", "s2", "s3", "s4", "s5");
    expectAssessed(
        grassroots(null),
        gates(
            false,
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", ""),
            gate(Gate.GRASSROOTS_QUOTA, false, "1", "0", "of 5 staff, staff members from the")));
  }

  @Test
  void theQuotaFallsBackToTheDeclaredStaffWhenNothingIsRecorded() {
    expectAssessed(
        grassroots(new NominationFacts(20, null, null)),
        gates(
            true,
            gate(Gate.ANNULLED_RATE, true, "0.5", "1.5", ""),
            gate(Gate.GRASSROOTS_QUOTA, true, "1", "3", EligibilityGates.DECLARED)));
  }
}
