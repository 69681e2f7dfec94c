package vn.thidua.command.caseload;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.command.organisation.KnownUnits;
import vn.thidua.events.MetadataKeys;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.CourtMediationAlreadyTransferred;
import vn.thidua.events.caseload.CourtMediationOutcome;
import vn.thidua.events.caseload.CourtMediationOutcomeAlreadyRecorded;
import vn.thidua.events.caseload.CourtMediationOutcomeRecorded;
import vn.thidua.events.caseload.DateInFuture;
import vn.thidua.events.caseload.MatterTransferredToCourtMediation;
import vn.thidua.events.caseload.MediationConcludedBeforeReceipt;
import vn.thidua.events.caseload.NotOpenToCourtMediation;
import vn.thidua.events.caseload.RecordCourtMediationOutcome;
import vn.thidua.events.caseload.TransferToCourtMediation;
import vn.thidua.events.organisation.OutsideUnitScope;
import vn.thidua.events.organisation.UnknownUnit;

class CourtMediationTest {
  private static final LocalDate RECEIVED_ON = LocalDate.of(2023, 2, 1);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2023-10-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final Map<String, Object> PROVINCIAL_CLERK = clerkOf("TAND-QN");
  private static final Map<String, Object> DISTRICT_CLERK = clerkOf("TAND-QN-HALONG");
  private static final Map<String, Object> OTHER_CLERK = clerkOf("TAND-QN-CAMPHA");
  private static final MatterTransferredToCourtMediation TRANSFERRED =
      new MatterTransferredToCourtMediation(
          "HG-1", "TAND-QN-HALONG", RECEIVED_ON, CaseType.MARRIAGE_AND_FAMILY);

  private final AggregateTestFixture<CourtMediation> fixture =
      new AggregateTestFixture<>(CourtMediation.class);

  @BeforeEach
  void setUp() {
    fixture.registerInjectableResource(
        new KnownUnits()
            .with("TAND-QN", null)
            .with("TAND-QN-HALONG", "TAND-QN")
            .with("TAND-QN-CAMPHA", "TAND-QN"));
    fixture.registerInjectableResource(CLOCK);
    fixture.registerInjectableResource(CaseloadProperties.defaults());
  }

  private static Map<String, Object> clerkOf(String unitId) {
    return Map.of(
        MetadataKeys.USER_ID,
        "thuky",
        MetadataKeys.USER_UNIT_ID,
        unitId,
        MetadataKeys.USER_ROLES,
        "CLERK");
  }

  @Test
  void aProvincialClerkTransfersADisputeToMediationAtACourtBelow() {
    fixture
        .givenNoPriorActivity()
        .when(
            new TransferToCourtMediation(
                "HG-1", "TAND-QN-HALONG", RECEIVED_ON, CaseType.MARRIAGE_AND_FAMILY),
            PROVINCIAL_CLERK)
        .expectEvents(TRANSFERRED);
  }

  @Test
  void anAdministrativeSuitGoesToDialogueAtCourt() {
    fixture
        .givenNoPriorActivity()
        .when(
            new TransferToCourtMediation("DT-1", "TAND-QN", RECEIVED_ON, CaseType.ADMINISTRATIVE),
            PROVINCIAL_CLERK)
        .expectEvents(
            new MatterTransferredToCourtMediation(
                "DT-1", "TAND-QN", RECEIVED_ON, CaseType.ADMINISTRATIVE));
  }

  @Test
  void aCriminalMatterCannotBeMediatedAtCourt() {
    fixture
        .givenNoPriorActivity()
        .when(
            new TransferToCourtMediation("HG-1", "TAND-QN", RECEIVED_ON, CaseType.CRIMINAL),
            PROVINCIAL_CLERK)
        .expectException(NotOpenToCourtMediation.class)
        .expectNoEvents();
  }

  @Test
  void theTypesOpenToMediationAtCourtAreConfigurable() {
    AggregateTestFixture<CourtMediation> configured =
        new AggregateTestFixture<>(CourtMediation.class);
    configured.registerInjectableResource(new KnownUnits().with("TAND-QN", null));
    configured.registerInjectableResource(CLOCK);
    configured.registerInjectableResource(
        new CaseloadProperties(null, null, java.util.Set.of(CaseType.CIVIL)));
    configured
        .givenNoPriorActivity()
        .when(
            new TransferToCourtMediation("HG-1", "TAND-QN", RECEIVED_ON, CaseType.LABOUR),
            PROVINCIAL_CLERK)
        .expectException(NotOpenToCourtMediation.class)
        .expectNoEvents();
  }

  @Test
  void cannotTransferToAnUnknownUnit() {
    fixture
        .givenNoPriorActivity()
        .when(
            new TransferToCourtMediation("HG-1", "NOPE", RECEIVED_ON, CaseType.CIVIL),
            PROVINCIAL_CLERK)
        .expectException(UnknownUnit.class)
        .expectNoEvents();
  }

  @Test
  void aClerkCannotTransferForASiblingCourt() {
    fixture
        .givenNoPriorActivity()
        .when(
            new TransferToCourtMediation("HG-1", "TAND-QN-CAMPHA", RECEIVED_ON, CaseType.CIVIL),
            DISTRICT_CLERK)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }

  @Test
  void cannotReceiveAMatterInTheFuture() {
    fixture
        .givenNoPriorActivity()
        .when(
            new TransferToCourtMediation(
                "HG-1", "TAND-QN", LocalDate.of(2023, 10, 16), CaseType.CIVIL),
            PROVINCIAL_CLERK)
        .expectException(DateInFuture.class)
        .expectNoEvents();
  }

  @Test
  void aMediationOfAnotherUnitIsRefusedNotConfirmedToExist() {
    fixture
        .given(TRANSFERRED)
        .when(
            new TransferToCourtMediation(
                "HG-1", "TAND-QN-CAMPHA", RECEIVED_ON, CaseType.MARRIAGE_AND_FAMILY),
            OTHER_CLERK)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }

  @Test
  void cannotTransferTheSameMediationTwice() {
    fixture
        .given(TRANSFERRED)
        .when(
            new TransferToCourtMediation(
                "HG-1", "TAND-QN-HALONG", RECEIVED_ON, CaseType.MARRIAGE_AND_FAMILY),
            DISTRICT_CLERK)
        .expectException(CourtMediationAlreadyTransferred.class)
        .expectNoEvents();
  }

  @Test
  void recordsASuccessfulMediationWithWhatTheRateNeeds() {
    LocalDate concludedOn = LocalDate.of(2023, 2, 20);
    fixture
        .given(TRANSFERRED)
        .when(
            new RecordCourtMediationOutcome("HG-1", concludedOn, CourtMediationOutcome.SUCCESS),
            DISTRICT_CLERK)
        .expectEvents(
            new CourtMediationOutcomeRecorded(
                "HG-1",
                "TAND-QN-HALONG",
                CaseType.MARRIAGE_AND_FAMILY,
                RECEIVED_ON,
                concludedOn,
                CourtMediationOutcome.SUCCESS));
  }

  @Test
  void aMediationCannotEndBeforeTheCourtReceivedIt() {
    fixture
        .given(TRANSFERRED)
        .when(
            new RecordCourtMediationOutcome(
                "HG-1", RECEIVED_ON.minusDays(1), CourtMediationOutcome.FAILURE),
            DISTRICT_CLERK)
        .expectException(MediationConcludedBeforeReceipt.class)
        .expectNoEvents();
  }

  @Test
  void aMediationCannotEndInTheFuture() {
    fixture
        .given(TRANSFERRED)
        .when(
            new RecordCourtMediationOutcome(
                "HG-1", LocalDate.of(2023, 10, 16), CourtMediationOutcome.FAILURE),
            DISTRICT_CLERK)
        .expectException(DateInFuture.class)
        .expectNoEvents();
  }

  @Test
  void aMediationHasOneOutcome() {
    fixture
        .given(
            TRANSFERRED,
            new CourtMediationOutcomeRecorded(
                "HG-1",
                "TAND-QN-HALONG",
                CaseType.MARRIAGE_AND_FAMILY,
                RECEIVED_ON,
                RECEIVED_ON,
                CourtMediationOutcome.FAILURE))
        .when(
            new RecordCourtMediationOutcome("HG-1", RECEIVED_ON, CourtMediationOutcome.SUCCESS),
            DISTRICT_CLERK)
        .expectException(CourtMediationOutcomeAlreadyRecorded.class)
        .expectNoEvents();
  }

  @Test
  void aClerkOfAnotherCourtCannotRecordTheOutcome() {
    fixture
        .given(TRANSFERRED)
        .when(
            new RecordCourtMediationOutcome("HG-1", RECEIVED_ON, CourtMediationOutcome.SUCCESS),
            OTHER_CLERK)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }
}
