package vn.thidua.command.caseload;

import static vn.thidua.command.caseload.Rejections.rejected;

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
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealDetailsMissing;
import vn.thidua.events.caseload.AppealDetailsNotApplicable;
import vn.thidua.events.caseload.AppealOutcomeAlreadyRecorded;
import vn.thidua.events.caseload.AppealOutcomeRecorded;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseAlreadyAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.DateBeforeVerdict;
import vn.thidua.events.caseload.DateInFuture;
import vn.thidua.events.caseload.InvalidJudgeId;
import vn.thidua.events.caseload.JudgmentAlreadyEffective;
import vn.thidua.events.caseload.JudgmentAlreadyPublished;
import vn.thidua.events.caseload.JudgmentNotEffective;
import vn.thidua.events.caseload.JudgmentPublished;
import vn.thidua.events.caseload.JudgmentTookEffect;
import vn.thidua.events.caseload.PublicationBeforeEffect;
import vn.thidua.events.caseload.PublishJudgment;
import vn.thidua.events.caseload.RecordAppealOutcome;
import vn.thidua.events.caseload.RecordJudgmentEffective;
import vn.thidua.events.caseload.RecordVerdict;
import vn.thidua.events.caseload.VerdictAlreadyRecorded;
import vn.thidua.events.caseload.VerdictBeforeAcceptance;
import vn.thidua.events.caseload.VerdictNotRecorded;
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
  private static final LocalDate DEADLINE = ACCEPTED_ON.plusDays(150);
  private static final CaseAccepted ACCEPTED =
      new CaseAccepted("QN-1", "TAND-QN-HALONG", CaseType.CIVIL, ACCEPTED_ON, false, DEADLINE);
  private static final LocalDate RESOLVED_ON = LocalDate.of(2023, 3, 2);
  private static final VerdictRecorded VERDICT =
      new VerdictRecorded(
          "QN-1",
          "TAND-QN-HALONG",
          CaseType.CIVIL,
          ACCEPTED_ON,
          RESOLVED_ON,
          VerdictOutcome.TRIED,
          false,
          true,
          "TP-017",
          DEADLINE);
  private static final LocalDate EFFECTIVE_ON = LocalDate.of(2023, 4, 3);
  private static final JudgmentTookEffect EFFECTIVE =
      new JudgmentTookEffect("QN-1", "TAND-QN-HALONG", CaseType.CIVIL, RESOLVED_ON, EFFECTIVE_ON);
  private static final Map<String, Object> OTHER_CLERK =
      Map.of(
          MetadataKeys.USER_ID,
          "thuky.cp",
          MetadataKeys.USER_UNIT_ID,
          "TAND-QN-CAMPHA",
          MetadataKeys.USER_ROLES,
          "CLERK");

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2023-10-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private final AggregateTestFixture<CourtCase> fixture =
      new AggregateTestFixture<>(CourtCase.class);

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
  void aCaseOfAnotherUnitIsRefusedNotConfirmedToExist() {
    fixture
        .given(ACCEPTED)
        .when(
            new AcceptCase("QN-1", "TAND-QN-CAMPHA", CaseType.CIVIL, ACCEPTED_ON, false),
            OTHER_CLERK)
        .expectException(OutsideUnitScope.class)
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
                null,
                DEADLINE));
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

  @Test
  void theStatutoryDeadlineFollowsTheCaseType() {
    fixture
        .givenNoPriorActivity()
        .when(
            new AcceptCase("QN-2", "TAND-QN", CaseType.CRIMINAL, ACCEPTED_ON, true),
            PROVINCIAL_CLERK)
        .expectEvents(
            new CaseAccepted(
                "QN-2",
                "TAND-QN",
                CaseType.CRIMINAL,
                ACCEPTED_ON,
                true,
                ACCEPTED_ON.plusDays(105)));
  }

  @Test
  void theStatutoryDeadlineFollowsTheConfiguredDays() {
    AggregateTestFixture<CourtCase> configured = new AggregateTestFixture<>(CourtCase.class);
    configured.registerInjectableResource(new KnownUnits().with("TAND-QN", null));
    configured.registerInjectableResource(CLOCK);
    configured.registerInjectableResource(
        new CaseloadProperties(Map.of(CaseType.LABOUR, 45), null, null));
    configured
        .givenNoPriorActivity()
        .when(
            new AcceptCase("QN-3", "TAND-QN", CaseType.LABOUR, ACCEPTED_ON, false),
            PROVINCIAL_CLERK)
        .expectEvents(
            new CaseAccepted(
                "QN-3", "TAND-QN", CaseType.LABOUR, ACCEPTED_ON, false, ACCEPTED_ON.plusDays(45)));
  }

  @Test
  void cannotRecordAVerdictWithAMalformedPresidingJudgeId() {
    fixture
        .given(ACCEPTED)
        .when(
            new RecordVerdict(
                "QN-1", RESOLVED_ON, VerdictOutcome.TRIED, false, true, "Thẩm phán A"),
            DISTRICT_CLERK)
        .expectException(InvalidJudgeId.class)
        .expectNoEvents();
  }

  @Test
  void cannotRecordAVerdictInTheFuture() {
    fixture
        .given(ACCEPTED)
        .when(
            new RecordVerdict(
                "QN-1", LocalDate.of(2023, 10, 16), VerdictOutcome.TRIED, false, false, null),
            DISTRICT_CLERK)
        .expectException(DateInFuture.class)
        .expectNoEvents();
  }

  @Test
  void recordsAnAppealOutcomeWithTheVerdictFiguresTheRatesNeed() {
    LocalDate decidedOn = LocalDate.of(2023, 6, 20);
    fixture
        .given(ACCEPTED, VERDICT)
        .when(
            new RecordAppealOutcome(
                "QN-1",
                decidedOn,
                AppealResult.ANNULLED,
                AppealScope.PARTIAL,
                AppealCause.SUBJECTIVE,
                "Thu thập chứng cứ chưa đầy đủ"),
            DISTRICT_CLERK)
        .expectEvents(
            new AppealOutcomeRecorded(
                "QN-1",
                "TAND-QN-HALONG",
                CaseType.CIVIL,
                RESOLVED_ON,
                "TP-017",
                decidedOn,
                AppealResult.ANNULLED,
                AppealScope.PARTIAL,
                AppealCause.SUBJECTIVE,
                "Thu thập chứng cứ chưa đầy đủ"));
  }

  @Test
  void anUpheldJudgmentIsRecordedWithoutScopeOrCause() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(
            new RecordAppealOutcome("QN-1", RESOLVED_ON, AppealResult.UPHELD, null, null, null),
            DISTRICT_CLERK)
        .expectEvents(
            new AppealOutcomeRecorded(
                "QN-1",
                "TAND-QN-HALONG",
                CaseType.CIVIL,
                RESOLVED_ON,
                "TP-017",
                RESOLVED_ON,
                AppealResult.UPHELD,
                null,
                null,
                null));
  }

  @Test
  void cannotRecordAnAppealOutcomeBeforeTheVerdict() {
    fixture
        .given(ACCEPTED)
        .when(
            new RecordAppealOutcome("QN-1", RESOLVED_ON, AppealResult.UPHELD, null, null, null),
            DISTRICT_CLERK)
        .expectException(VerdictNotRecorded.class)
        .expectNoEvents();
  }

  @Test
  void cannotDateAnAppealOutcomeBeforeTheVerdict() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(
            new RecordAppealOutcome(
                "QN-1", RESOLVED_ON.minusDays(1), AppealResult.UPHELD, null, null, null),
            DISTRICT_CLERK)
        .expectException(rejected(DateBeforeVerdict.class, "decidedOn"))
        .expectNoEvents();
  }

  @Test
  void cannotRecordAnAppealOutcomeInTheFuture() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(
            new RecordAppealOutcome(
                "QN-1", LocalDate.of(2023, 10, 16), AppealResult.UPHELD, null, null, null),
            DISTRICT_CLERK)
        .expectException(DateInFuture.class)
        .expectNoEvents();
  }

  @Test
  void cannotRecordTwoAppealOutcomes() {
    fixture
        .given(
            ACCEPTED,
            VERDICT,
            new AppealOutcomeRecorded(
                "QN-1",
                "TAND-QN-HALONG",
                CaseType.CIVIL,
                RESOLVED_ON,
                "TP-017",
                RESOLVED_ON,
                AppealResult.UPHELD,
                null,
                null,
                null))
        .when(
            new RecordAppealOutcome(
                "QN-1",
                RESOLVED_ON,
                AppealResult.AMENDED,
                AppealScope.WHOLE,
                AppealCause.OBJECTIVE,
                null),
            DISTRICT_CLERK)
        .expectException(AppealOutcomeAlreadyRecorded.class)
        .expectNoEvents();
  }

  @Test
  void anAmendedJudgmentNeedsItsScope() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(
            new RecordAppealOutcome(
                "QN-1", RESOLVED_ON, AppealResult.AMENDED, null, AppealCause.OBJECTIVE, null),
            DISTRICT_CLERK)
        .expectException(rejected(AppealDetailsMissing.class, "scope"))
        .expectNoEvents();
  }

  @Test
  void anAnnulledJudgmentNeedsItsCause() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(
            new RecordAppealOutcome(
                "QN-1", RESOLVED_ON, AppealResult.ANNULLED, AppealScope.WHOLE, null, null),
            DISTRICT_CLERK)
        .expectException(rejected(AppealDetailsMissing.class, "cause"))
        .expectNoEvents();
  }

  @Test
  void anUpheldJudgmentHasNoScopeOrCause() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(
            new RecordAppealOutcome(
                "QN-1",
                RESOLVED_ON,
                AppealResult.UPHELD,
                AppealScope.WHOLE,
                AppealCause.SUBJECTIVE,
                null),
            DISTRICT_CLERK)
        .expectException(rejected(AppealDetailsNotApplicable.class, "scope"))
        .expectNoEvents();
  }

  @Test
  void aClerkOfAnotherCourtCannotRecordTheAppealOutcome() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(
            new RecordAppealOutcome("QN-1", RESOLVED_ON, AppealResult.UPHELD, null, null, null),
            OTHER_CLERK)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }

  @Test
  void recordsThatTheJudgmentTookEffect() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(new RecordJudgmentEffective("QN-1", EFFECTIVE_ON), DISTRICT_CLERK)
        .expectEvents(EFFECTIVE);
  }

  @Test
  void aJudgmentWithoutVerdictCannotTakeEffect() {
    fixture
        .given(ACCEPTED)
        .when(new RecordJudgmentEffective("QN-1", EFFECTIVE_ON), DISTRICT_CLERK)
        .expectException(VerdictNotRecorded.class)
        .expectNoEvents();
  }

  @Test
  void aJudgmentCannotTakeEffectBeforeItsVerdict() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(new RecordJudgmentEffective("QN-1", RESOLVED_ON.minusDays(1)), DISTRICT_CLERK)
        .expectException(rejected(DateBeforeVerdict.class, "effectiveOn"))
        .expectNoEvents();
  }

  @Test
  void aJudgmentCannotTakeEffectInTheFuture() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(new RecordJudgmentEffective("QN-1", LocalDate.of(2023, 10, 16)), DISTRICT_CLERK)
        .expectException(DateInFuture.class)
        .expectNoEvents();
  }

  @Test
  void aJudgmentTakesEffectOnce() {
    fixture
        .given(ACCEPTED, VERDICT, EFFECTIVE)
        .when(new RecordJudgmentEffective("QN-1", EFFECTIVE_ON), DISTRICT_CLERK)
        .expectException(JudgmentAlreadyEffective.class)
        .expectNoEvents();
  }

  @Test
  void aClerkOfAnotherCourtCannotRecordTheLegalEffect() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(new RecordJudgmentEffective("QN-1", EFFECTIVE_ON), OTHER_CLERK)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }

  @Test
  void aJudgmentPublishedOnTheThirtiethDayIsOnTime() {
    LocalDate publishedOn = EFFECTIVE_ON.plusDays(30);
    fixture
        .given(ACCEPTED, VERDICT, EFFECTIVE)
        .when(
            new PublishJudgment("QN-1", publishedOn, "https://congbobanan.toaan.gov.vn/2ta1"),
            DISTRICT_CLERK)
        .expectEvents(
            new JudgmentPublished(
                "QN-1",
                "TAND-QN-HALONG",
                CaseType.CIVIL,
                EFFECTIVE_ON,
                publishedOn,
                "https://congbobanan.toaan.gov.vn/2ta1",
                false));
  }

  @Test
  void aJudgmentPublishedOnTheThirtyFirstDayIsLate() {
    LocalDate publishedOn = EFFECTIVE_ON.plusDays(31);
    fixture
        .given(ACCEPTED, VERDICT, EFFECTIVE)
        .when(new PublishJudgment("QN-1", publishedOn, null), DISTRICT_CLERK)
        .expectEvents(
            new JudgmentPublished(
                "QN-1", "TAND-QN-HALONG", CaseType.CIVIL, EFFECTIVE_ON, publishedOn, null, true));
  }

  @Test
  void theDaysAllowedForPublicationAreConfigurable() {
    AggregateTestFixture<CourtCase> configured = new AggregateTestFixture<>(CourtCase.class);
    configured.registerInjectableResource(
        new KnownUnits().with("TAND-QN", null).with("TAND-QN-HALONG", "TAND-QN"));
    configured.registerInjectableResource(CLOCK);
    configured.registerInjectableResource(new CaseloadProperties(null, 10, null));
    LocalDate publishedOn = EFFECTIVE_ON.plusDays(11);
    configured
        .given(ACCEPTED, VERDICT, EFFECTIVE)
        .when(new PublishJudgment("QN-1", publishedOn, null), DISTRICT_CLERK)
        .expectEvents(
            new JudgmentPublished(
                "QN-1", "TAND-QN-HALONG", CaseType.CIVIL, EFFECTIVE_ON, publishedOn, null, true));
  }

  @Test
  void cannotPublishAJudgmentThatHasNotTakenEffect() {
    fixture
        .given(ACCEPTED, VERDICT)
        .when(new PublishJudgment("QN-1", EFFECTIVE_ON, null), DISTRICT_CLERK)
        .expectException(JudgmentNotEffective.class)
        .expectNoEvents();
  }

  @Test
  void cannotPublishBeforeTheJudgmentTookEffect() {
    fixture
        .given(ACCEPTED, VERDICT, EFFECTIVE)
        .when(new PublishJudgment("QN-1", EFFECTIVE_ON.minusDays(1), null), DISTRICT_CLERK)
        .expectException(PublicationBeforeEffect.class)
        .expectNoEvents();
  }

  @Test
  void cannotPublishInTheFuture() {
    fixture
        .given(ACCEPTED, VERDICT, EFFECTIVE)
        .when(new PublishJudgment("QN-1", LocalDate.of(2023, 10, 16), null), DISTRICT_CLERK)
        .expectException(DateInFuture.class)
        .expectNoEvents();
  }

  @Test
  void aJudgmentIsPublishedOnce() {
    fixture
        .given(
            ACCEPTED,
            VERDICT,
            EFFECTIVE,
            new JudgmentPublished(
                "QN-1",
                "TAND-QN-HALONG",
                CaseType.CIVIL,
                EFFECTIVE_ON,
                EFFECTIVE_ON.plusDays(3),
                null,
                false))
        .when(new PublishJudgment("QN-1", EFFECTIVE_ON.plusDays(3), null), DISTRICT_CLERK)
        .expectException(JudgmentAlreadyPublished.class)
        .expectNoEvents();
  }

  @Test
  void aClerkOfAnotherCourtCannotPublishTheJudgment() {
    fixture
        .given(ACCEPTED, VERDICT, EFFECTIVE)
        .when(new PublishJudgment("QN-1", EFFECTIVE_ON, null), OTHER_CLERK)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }
}
