package vn.thidua.command.covenant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.command.organisation.FormedCluster;
import vn.thidua.command.organisation.KnownClusters;
import vn.thidua.events.MetadataKeys;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.caseload.DateInFuture;
import vn.thidua.events.covenant.ClusterAlreadyHasCovenant;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.events.covenant.CovenantAlreadyDrafted;
import vn.thidua.events.covenant.CovenantConcluded;
import vn.thidua.events.covenant.CovenantDrafted;
import vn.thidua.events.covenant.CovenantYearMismatch;
import vn.thidua.events.covenant.DraftCovenant;
import vn.thidua.events.covenant.MetricCommittedTwice;
import vn.thidua.events.covenant.NoCommitments;
import vn.thidua.events.covenant.NotUnitHead;
import vn.thidua.events.covenant.PledgeAlreadySigned;
import vn.thidua.events.covenant.PledgeSigned;
import vn.thidua.events.covenant.SignPledge;
import vn.thidua.events.covenant.TitleNotForUnits;
import vn.thidua.events.covenant.TitleRegisteredTwice;
import vn.thidua.events.covenant.UnitOutsideCluster;
import vn.thidua.events.organisation.UnknownCluster;
import vn.thidua.events.recognition.Title;

class CovenantTest {
  private static final List<String> MEMBERS = List.of("TAND-QN", "TAND-HP", "TAND-HD");
  private static final List<Commitment> COMMITMENTS =
      List.of(
          new Commitment(Metric.RESOLUTION_RATE, new BigDecimal("90"), "Án hình sự trên 90 %"),
          new Commitment(Metric.ANNULLED_AMENDED_RATE, new BigDecimal("1.5"), null));
  private static final CovenantDrafted DRAFTED =
      new CovenantDrafted("GU-IV-2024", "CUM-IV-2024", 2024, MEMBERS, COMMITMENTS);
  private static final LocalDate SIGNED_ON = LocalDate.of(2024, 2, 20);
  private static final List<Title> TITLES =
      List.of(Title.EXCELLENT_COLLECTIVE, Title.COURT_EMULATION_FLAG);

  private static final Map<String, Object> HEAD_OF_QUANG_NINH = head("TAND-QN");
  private static final Map<String, Object> ADMIN =
      Map.of(
          MetadataKeys.USER_ID,
          "quantri",
          MetadataKeys.USER_UNIT_ID,
          "TANDTC",
          MetadataKeys.USER_ROLES,
          "ADMIN");

  private final AggregateTestFixture<Covenant> fixture = new AggregateTestFixture<>(Covenant.class);
  private final KnownCovenants covenants = new KnownCovenants();

  @BeforeEach
  void setUp() {
    fixture.registerInjectableResource(
        new KnownClusters()
            .with(new FormedCluster("CUM-IV-2024", 2024, MEMBERS, "TAND-QN", "TAND-HP")));
    fixture.registerInjectableResource(covenants);
    fixture.registerInjectableResource(
        Clock.fixed(Instant.parse("2024-03-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  private static Map<String, Object> head(String unitId) {
    return Map.of(
        MetadataKeys.USER_ID,
        "truongdonvi",
        MetadataKeys.USER_UNIT_ID,
        unitId,
        MetadataKeys.USER_ROLES,
        "UNIT_HEAD");
  }

  private static SignPledge sign(String unitId, LocalDate signedOn, List<Title> titles) {
    return new SignPledge("GU-IV-2024", unitId, "Nguyễn Văn A", "Chánh án", signedOn, titles);
  }

  private static PledgeSigned signed(String unitId, LocalDate signedOn) {
    return new PledgeSigned(
        "GU-IV-2024", "CUM-IV-2024", 2024, unitId, "Nguyễn Văn A", "Chánh án", signedOn, TITLES);
  }

  @Test
  void draftsACovenantForTheMembersOfTheClusterAtThatMoment() {
    fixture
        .givenNoPriorActivity()
        .when(new DraftCovenant("GU-IV-2024", "CUM-IV-2024", 2024, COMMITMENTS))
        .expectEvents(DRAFTED);
  }

  @Test
  void cannotDraftTheSameCovenantTwice() {
    fixture
        .given(DRAFTED)
        .when(new DraftCovenant("GU-IV-2024", "CUM-IV-2024", 2024, COMMITMENTS))
        .expectException(CovenantAlreadyDrafted.class)
        .expectNoEvents();
  }

  @Test
  void cannotDraftForAClusterThatWasNeverFormed() {
    fixture
        .givenNoPriorActivity()
        .when(new DraftCovenant("GU-IV-2024", "NOPE", 2024, COMMITMENTS))
        .expectException(UnknownCluster.class)
        .expectNoEvents();
  }

  @Test
  void theCovenantIsForTheYearOfTheCluster() {
    fixture
        .givenNoPriorActivity()
        .when(new DraftCovenant("GU-IV-2024", "CUM-IV-2024", 2025, COMMITMENTS))
        .expectException(CovenantYearMismatch.class)
        .expectNoEvents();
  }

  @Test
  void aClusterHasOneCovenant() {
    covenants.add("CUM-IV-2024", "GU-IV-2024-A");
    fixture
        .givenNoPriorActivity()
        .when(new DraftCovenant("GU-IV-2024", "CUM-IV-2024", 2024, COMMITMENTS))
        .expectException(ClusterAlreadyHasCovenant.class)
        .expectNoEvents();
  }

  @Test
  void aCovenantNeedsACommitment() {
    fixture
        .givenNoPriorActivity()
        .when(new DraftCovenant("GU-IV-2024", "CUM-IV-2024", 2024, List.of()))
        .expectException(NoCommitments.class)
        .expectNoEvents();
  }

  @Test
  void oneTargetPerMetric() {
    fixture
        .givenNoPriorActivity()
        .when(
            new DraftCovenant(
                "GU-IV-2024",
                "CUM-IV-2024",
                2024,
                List.of(
                    COMMITMENTS.get(0),
                    new Commitment(Metric.RESOLUTION_RATE, new BigDecimal("95"), null))))
        .expectException(MetricCommittedTwice.class)
        .expectNoEvents();
  }

  @Test
  void theHeadOfAMemberUnitSignsItsPledge() {
    fixture
        .given(DRAFTED)
        .when(sign("TAND-QN", SIGNED_ON, TITLES), HEAD_OF_QUANG_NINH)
        .expectEvents(signed("TAND-QN", SIGNED_ON))
        .expectResultMessagePayload(new PledgeReceipt(true, false));
  }

  @Test
  void anAdministratorMayRecordThePledgeOfAnyMember() {
    fixture
        .given(DRAFTED)
        .when(sign("TAND-HP", SIGNED_ON, TITLES), ADMIN)
        .expectEvents(signed("TAND-HP", SIGNED_ON));
  }

  @Test
  void theLastSignatureConcludesTheCovenantOnTheLatestSigningDate() {
    LocalDate earlier = SIGNED_ON.minusDays(10);
    fixture
        .given(DRAFTED, signed("TAND-QN", SIGNED_ON), signed("TAND-HP", SIGNED_ON))
        .when(sign("TAND-HD", earlier, TITLES), head("TAND-HD"))
        .expectEvents(
            signed("TAND-HD", earlier),
            new CovenantConcluded("GU-IV-2024", "CUM-IV-2024", 2024, MEMBERS, SIGNED_ON))
        .expectResultMessagePayload(new PledgeReceipt(true, true));
  }

  @Test
  void aUnitOutsideTheClusterCannotSign() {
    fixture
        .given(DRAFTED)
        .when(sign("TAND-TB", SIGNED_ON, TITLES), ADMIN)
        .expectException(UnitOutsideCluster.class)
        .expectExceptionMessage(
            "Unit 'TAND-TB' is not a member of cluster 'CUM-IV-2024', so it cannot sign")
        .expectNoEvents();
  }

  @Test
  void theHeadOfAnotherUnitCannotSign() {
    fixture
        .given(DRAFTED)
        .when(sign("TAND-HP", SIGNED_ON, TITLES), HEAD_OF_QUANG_NINH)
        .expectException(NotUnitHead.class)
        .expectNoEvents();
  }

  @Test
  void anotherRoleOfTheUnitCannotSign() {
    Map<String, Object> officer =
        Map.of(
            MetadataKeys.USER_ID,
            "thidua.qn",
            MetadataKeys.USER_UNIT_ID,
            "TAND-QN",
            MetadataKeys.USER_ROLES,
            "EMULATION_OFFICER");
    fixture
        .given(DRAFTED)
        .when(sign("TAND-QN", SIGNED_ON, TITLES), officer)
        .expectException(NotUnitHead.class)
        .expectNoEvents();
  }

  @Test
  void signingTwiceChangesNothing() {
    fixture
        .given(DRAFTED, signed("TAND-QN", SIGNED_ON))
        .when(
            sign(
                "TAND-QN",
                SIGNED_ON,
                List.of(Title.COURT_EMULATION_FLAG, Title.EXCELLENT_COLLECTIVE)),
            HEAD_OF_QUANG_NINH)
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(new PledgeReceipt(false, false));
  }

  @Test
  void cannotSignAgainWithOtherDetails() {
    fixture
        .given(DRAFTED, signed("TAND-QN", SIGNED_ON))
        .when(sign("TAND-QN", SIGNED_ON.plusDays(1), TITLES), HEAD_OF_QUANG_NINH)
        .expectException(PledgeAlreadySigned.class)
        .expectNoEvents();
  }

  @Test
  void signingAfterTheConclusionChangesNothing() {
    fixture
        .given(
            DRAFTED,
            signed("TAND-QN", SIGNED_ON),
            signed("TAND-HP", SIGNED_ON),
            signed("TAND-HD", SIGNED_ON),
            new CovenantConcluded("GU-IV-2024", "CUM-IV-2024", 2024, MEMBERS, SIGNED_ON))
        .when(sign("TAND-HD", SIGNED_ON, TITLES), head("TAND-HD"))
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(new PledgeReceipt(false, true));
  }

  @Test
  void cannotSignInTheFuture() {
    fixture
        .given(DRAFTED)
        .when(sign("TAND-QN", LocalDate.of(2024, 3, 2), TITLES), HEAD_OF_QUANG_NINH)
        .expectException(DateInFuture.class)
        .expectNoEvents();
  }

  @Test
  void aUnitRegistersOnlyTitlesForUnits() {
    fixture
        .given(DRAFTED)
        .when(
            sign("TAND-QN", SIGNED_ON, List.of(Title.EXCELLENT_COLLECTIVE, Title.ADVANCED_WORKER)),
            HEAD_OF_QUANG_NINH)
        .expectException(TitleNotForUnits.class)
        .expectExceptionMessage("Title ADVANCED_WORKER is awarded to persons, not to units")
        .expectNoEvents();
  }

  @Test
  void titlesForUnitsOrPersonsMayBeRegistered() {
    List<Title> titles = List.of(Title.CERTIFICATE_OF_MERIT);
    fixture
        .given(DRAFTED)
        .when(sign("TAND-QN", SIGNED_ON, titles), HEAD_OF_QUANG_NINH)
        .expectEvents(
            new PledgeSigned(
                "GU-IV-2024",
                "CUM-IV-2024",
                2024,
                "TAND-QN",
                "Nguyễn Văn A",
                "Chánh án",
                SIGNED_ON,
                titles));
  }

  @Test
  void aTitleIsRegisteredOnce() {
    fixture
        .given(DRAFTED)
        .when(
            sign(
                "TAND-QN",
                SIGNED_ON,
                List.of(Title.EXCELLENT_COLLECTIVE, Title.EXCELLENT_COLLECTIVE)),
            HEAD_OF_QUANG_NINH)
        .expectException(TitleRegisteredTwice.class)
        .expectNoEvents();
  }
}
