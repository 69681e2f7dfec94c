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
import vn.thidua.events.caseload.AcceptCase;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseAlreadyAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.DateInFuture;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.VerdictAlreadyRecorded;
import vn.thidua.events.caseload.VerdictBeforeAcceptance;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.organisation.OutsideUnitScope;
import vn.thidua.events.organisation.UnknownUnit;

class CourtCaseTest {
  private static final LocalDate ACCEPTED_ON = LocalDate.of(2023, 1, 5);
  private static final Map<String, Object> PROVINCIAL_CLERK =
      Map.of(
          MetadataKeys.USER_ID,
          "thuky.qn",
          MetadataKeys.USER_UNIT_ID,
          "TAND-QN",
          MetadataKeys.USER_ROLES,
          "CLERK");
  private static final Map<String, Object> DISTRICT_CLERK =
      Map.of(
          MetadataKeys.USER_ID,
          "thuky.hl",
          MetadataKeys.USER_UNIT_ID,
          "TAND-QN-HALONG",
          MetadataKeys.USER_ROLES,
          "CLERK");
  private static final CaseAccepted ACCEPTED =
      new CaseAccepted("QN-1", "TAND-QN-HALONG", CaseType.CIVIL, ACCEPTED_ON, false);

  private final AggregateTestFixture<CourtCase> fixture =
      new AggregateTestFixture<>(CourtCase.class);

  @BeforeEach
  void setUp() {
    fixture.registerInjectableResource(
        new KnownUnits()
            .with("TAND-QN", null)
            .with("TAND-QN-HALONG", "TAND-QN")
            .with("TAND-QN-CAMPHA", "TAND-QN"));
    fixture.registerInjectableResource(
        Clock.fixed(Instant.parse("2023-10-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  @Test
  void aProvincialClerkAcceptsACaseForACourtBelow() {
    fixture
        .givenNoPriorActivity()
        .when(
            new AcceptCase("QN-1", "TAND-QN-HALONG", CaseType.CIVIL, ACCEPTED_ON, false),
            PROVINCIAL_CLERK)
        .expectEvents(ACCEPTED);
  }

  @Test
  void aClerkCannotAcceptForASiblingCourt() {
    fixture
        .givenNoPriorActivity()
        .when(
            new AcceptCase("QN-1", "TAND-QN-CAMPHA", CaseType.CIVIL, ACCEPTED_ON, false),
            DISTRICT_CLERK)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }

  @Test
  void cannotAcceptForAnUnknownUnit() {
    fixture
        .givenNoPriorActivity()
        .when(new AcceptCase("QN-1", "NOPE", CaseType.CIVIL, ACCEPTED_ON, false), PROVINCIAL_CLERK)
        .expectException(UnknownUnit.class)
        .expectNoEvents();
  }

  @Test
  void cannotAcceptACaseInTheFuture() {
    fixture
        .givenNoPriorActivity()
        .when(
            new AcceptCase("QN-1", "TAND-QN", CaseType.CIVIL, LocalDate.of(2023, 10, 16), false),
            PROVINCIAL_CLERK)
        .expectException(DateInFuture.class)
        .expectNoEvents();
  }

  @Test
  void cannotAcceptTheSameCaseTwice() {
    fixture
        .given(ACCEPTED)
        .when(
            new AcceptCase("QN-1", "TAND-QN-HALONG", CaseType.CIVIL, ACCEPTED_ON, false),
            PROVINCIAL_CLERK)
        .expectException(CaseAlreadyAccepted.class)
        .expectNoEvents();
  }

  @Test
  void recordsAVerdictWithTheCaseFiguresTheLeaderboardNeeds() {
    LocalDate resolvedOn = LocalDate.of(2023, 3, 2);
    fixture
        .given(ACCEPTED)
        .when(
            new RecordVerdict(
                "QN-1", resolvedOn, VerdictOutcome.MEDIATION_SUCCESS, true, false, null),
            DISTRICT_CLERK)
        .expectEvents(
            new VerdictRecorded(
                "QN-1",
                "TAND-QN-HALONG",
                CaseType.CIVIL,
                ACCEPTED_ON,
                resolvedOn,
                VerdictOutcome.MEDIATION_SUCCESS,
                true,
                false,
                null));
  }

  @Test
  void cannotRecordAVerdictBeforeTheCaseWasAccepted() {
    fixture
        .given(ACCEPTED)
        .when(
            new RecordVerdict(
                "QN-1", ACCEPTED_ON.minusDays(1), VerdictOutcome.TRIED, false, false, null),
            DISTRICT_CLERK)
        .expectException(VerdictBeforeAcceptance.class)
        .expectNoEvents();
  }

  @Test
  void cannotRecordTwoVerdicts() {
    LocalDate resolvedOn = LocalDate.of(2023, 3, 2);
    fixture
        .given(
            ACCEPTED,
            new VerdictRecorded(
                "QN-1",
                "TAND-QN-HALONG",
                CaseType.CIVIL,
                ACCEPTED_ON,
                resolvedOn,
                VerdictOutcome.TRIED,
                false,
                false,
                null))
        .when(
            new RecordVerdict("QN-1", resolvedOn, VerdictOutcome.TRIED, false, false, null),
            DISTRICT_CLERK)
        .expectException(VerdictAlreadyRecorded.class)
        .expectNoEvents();
  }

  @Test
  void aClerkOfAnotherCourtCannotRecordTheVerdict() {
    Map<String, Object> otherClerk =
        Map.of(
            MetadataKeys.USER_ID,
            "thuky.cp",
            MetadataKeys.USER_UNIT_ID,
            "TAND-QN-CAMPHA",
            MetadataKeys.USER_ROLES,
            "CLERK");
    fixture
        .given(ACCEPTED)
        .when(
            new RecordVerdict(
                "QN-1", LocalDate.of(2023, 3, 2), VerdictOutcome.TRIED, false, false, null),
            otherClerk)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }
}
