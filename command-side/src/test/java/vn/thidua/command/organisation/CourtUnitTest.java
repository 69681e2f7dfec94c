package vn.thidua.command.organisation;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.events.organisation.ChangeJudgeCount;
import vn.thidua.events.organisation.ChangeStaffCount;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.JudgeCountChanged;
import vn.thidua.events.organisation.RegisterUnit;
import vn.thidua.events.organisation.StaffCountChanged;
import vn.thidua.events.organisation.UnitAlreadyRegistered;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.events.organisation.UnknownUnit;

class CourtUnitTest {
  private final AggregateTestFixture<CourtUnit> fixture =
      new AggregateTestFixture<>(CourtUnit.class);

  @BeforeEach
  void knowTheSupremeCourt() {
    fixture.registerInjectableResource(new KnownUnits().with("TANDTC", null));
  }

  @Test
  void registersAUnitUnderAKnownParent() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RegisterUnit(
                "TAND-QN", "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, "TANDTC", 30))
        .expectEvents(
            new UnitRegistered(
                "TAND-QN", "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, "TANDTC", 30));
  }

  @Test
  void cannotRegisterUnderAnUnknownParent() {
    fixture
        .givenNoPriorActivity()
        .when(
            new RegisterUnit("TAND-QN", "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, "NOPE", 30))
        .expectException(UnknownUnit.class)
        .expectNoEvents();
  }

  @Test
  void cannotRegisterTheSameUnitTwice() {
    fixture
        .given(
            new UnitRegistered("TAND-QN", "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, null, 30))
        .when(new RegisterUnit("TAND-QN", "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, null, 30))
        .expectException(UnitAlreadyRegistered.class)
        .expectNoEvents();
  }

  @Test
  void changesTheJudgeCountFromADate() {
    LocalDate from = LocalDate.of(2023, 4, 1);
    fixture
        .given(
            new UnitRegistered("TAND-QN", "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, null, 30))
        .when(new ChangeJudgeCount("TAND-QN", 32, from))
        .expectEvents(new JudgeCountChanged("TAND-QN", 32, from));
  }

  @Test
  void changesTheStaffCountFromADate() {
    LocalDate from = LocalDate.of(2023, 10, 1);
    fixture
        .given(
            new UnitRegistered("TAND-QN", "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, null, 30),
            new JudgeCountChanged("TAND-QN", 32, LocalDate.of(2023, 4, 1)))
        .when(new ChangeStaffCount("TAND-QN", 101, from))
        .expectEvents(new StaffCountChanged("TAND-QN", 101, from));
  }
}
