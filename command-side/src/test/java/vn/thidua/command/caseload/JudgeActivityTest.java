package vn.thidua.command.caseload;

import static vn.thidua.command.caseload.Rejections.rejected;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.command.organisation.KnownUnits;
import vn.thidua.events.MetadataKeys;
import vn.thidua.events.caseload.DateInFuture;
import vn.thidua.events.caseload.InvalidJudgeId;
import vn.thidua.events.caseload.NegativeCount;
import vn.thidua.events.caseload.RecordVirtualAssistantUse;
import vn.thidua.events.caseload.VirtualAssistantUseCorrected;
import vn.thidua.events.caseload.VirtualAssistantUseOfAnotherUnit;
import vn.thidua.events.caseload.VirtualAssistantUseRecorded;
import vn.thidua.events.organisation.OutsideUnitScope;
import vn.thidua.events.organisation.UnknownUnit;

class JudgeActivityTest {
  private static final YearMonth MAY = YearMonth.of(2023, 5);
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
  private static final VirtualAssistantUseRecorded MAY_RECORDED =
      new VirtualAssistantUseRecorded("TP-017", "TAND-QN-HALONG", MAY, 3);

  private final AggregateTestFixture<JudgeActivity> fixture =
      new AggregateTestFixture<>(JudgeActivity.class);

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
  void recordsAMonthOfVirtualAssistantUse() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordVirtualAssistantUse("TP-017", "TAND-QN-HALONG", MAY, 3), PROVINCIAL_CLERK)
        .expectEvents(MAY_RECORDED)
        .expectResultMessagePayload(VirtualAssistantUseAnswer.RECORDED);
  }

  @Test
  void aJudgeWhoUsedItWithoutContributingCountsAsAUser() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordVirtualAssistantUse("TP-017", "TAND-QN-HALONG", MAY, 0), DISTRICT_CLERK)
        .expectEvents(new VirtualAssistantUseRecorded("TP-017", "TAND-QN-HALONG", MAY, 0));
  }

  @Test
  void recordingTheSameFigureAgainChangesNothing() {
    fixture
        .given(MAY_RECORDED)
        .when(new RecordVirtualAssistantUse("TP-017", "TAND-QN-HALONG", MAY, 3), DISTRICT_CLERK)
        .expectSuccessfulHandlerExecution()
        .expectNoEvents()
        .expectResultMessagePayload(VirtualAssistantUseAnswer.UNCHANGED);
  }

  @Test
  void aDifferentFigureForTheSameMonthIsACorrection() {
    fixture
        .given(MAY_RECORDED)
        .when(new RecordVirtualAssistantUse("TP-017", "TAND-QN-HALONG", MAY, 5), DISTRICT_CLERK)
        .expectEvents(new VirtualAssistantUseCorrected("TP-017", "TAND-QN-HALONG", MAY, 3, 5))
        .expectResultMessagePayload(VirtualAssistantUseAnswer.CORRECTED);
  }

  @Test
  void eachMonthIsRecordedOnItsOwn() {
    YearMonth june = MAY.plusMonths(1);
    fixture
        .given(MAY_RECORDED)
        .when(new RecordVirtualAssistantUse("TP-017", "TAND-QN-HALONG", june, 3), DISTRICT_CLERK)
        .expectEvents(new VirtualAssistantUseRecorded("TP-017", "TAND-QN-HALONG", june, 3));
  }

  @Test
  void aJudgesMonthCountsForOneUnitOnly() {
    fixture
        .given(MAY_RECORDED)
        .when(new RecordVirtualAssistantUse("TP-017", "TAND-QN-CAMPHA", MAY, 3), PROVINCIAL_CLERK)
        .expectException(VirtualAssistantUseOfAnotherUnit.class)
        .expectNoEvents();
  }

  @Test
  void aMonthRecordedByACourtOutOfScopeIsRefusedWithoutNamingIt() {
    fixture
        .given(new VirtualAssistantUseRecorded("TP-017", "TAND-QN-CAMPHA", MAY, 3))
        .when(new RecordVirtualAssistantUse("TP-017", "TAND-QN-HALONG", MAY, 3), DISTRICT_CLERK)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }

  @Test
  void cannotRecordAMonthThatHasNotBegun() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RecordVirtualAssistantUse("TP-017", "TAND-QN-HALONG", YearMonth.of(2023, 11), 1),
            DISTRICT_CLERK)
        .expectException(rejected(DateInFuture.class, "month"))
        .expectNoEvents();
  }

  @Test
  void cannotRecordANegativeNumberOfQuestionsAndAnswers() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordVirtualAssistantUse("TP-017", "TAND-QN-HALONG", MAY, -1), DISTRICT_CLERK)
        .expectException(rejected(NegativeCount.class, "questionsAndAnswersContributed"))
        .expectNoEvents();
  }

  @Test
  void cannotRecordForAMalformedJudgeId() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordVirtualAssistantUse("TP 017/A", "TAND-QN-HALONG", MAY, 1), DISTRICT_CLERK)
        .expectException(rejected(InvalidJudgeId.class, "judgeId"))
        .expectNoEvents();
  }

  @Test
  void cannotRecordForAnUnknownUnit() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordVirtualAssistantUse("TP-017", "NOPE", MAY, 1), PROVINCIAL_CLERK)
        .expectException(UnknownUnit.class)
        .expectNoEvents();
  }

  @Test
  void aClerkCannotRecordForASiblingCourt() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordVirtualAssistantUse("TP-017", "TAND-QN-CAMPHA", MAY, 1), DISTRICT_CLERK)
        .expectException(OutsideUnitScope.class)
        .expectNoEvents();
  }
}
