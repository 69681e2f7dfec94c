package vn.thidua.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.JudgeCountChanged;
import vn.thidua.events.organisation.UnitRegistered;
import vn.thidua.query.ThrowawayMongo;

class UnitDirectoryProjectionTest {
  private static final UnitRegistered QUANG_NINH =
      new UnitRegistered("TAND-QN", "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, "TANDTC", 40);

  private UnitDirectoryProjection projection;

  @BeforeEach
  void freshDatabase() {
    projection = new UnitDirectoryProjection(ThrowawayMongo.newDatabase());
  }

  @Test
  void registeredUnitsAreListedByUnitId() {
    projection.on(QUANG_NINH);
    projection.on(new UnitRegistered("TANDTC", "TAND tối cao", CourtLevel.SUPREME, null, 120));

    assertThat(projection.handle(new FindUnits()))
        .containsExactly(
            new UnitView(
                "TAND-QN", "TAND tỉnh Quảng Ninh", CourtLevel.PROVINCIAL, "TANDTC", 40, null),
            new UnitView("TANDTC", "TAND tối cao", CourtLevel.SUPREME, null, 120, null));
  }

  @Test
  void theJudgeCountWithTheLatestEffectiveDateHolds() {
    projection.on(QUANG_NINH);
    projection.on(new JudgeCountChanged("TAND-QN", 42, LocalDate.parse("2024-01-01")));
    projection.on(new JudgeCountChanged("TAND-QN", 38, LocalDate.parse("2023-06-01")));

    assertThat(projection.handle(new FindUnits()).get(0))
        .extracting(UnitView::judges, UnitView::judgesEffectiveFrom)
        .containsExactly(42, LocalDate.parse("2024-01-01"));
  }

  @Test
  void aRedeliveredRegistrationKeepsALaterJudgeCount() {
    projection.on(QUANG_NINH);
    projection.on(new JudgeCountChanged("TAND-QN", 42, LocalDate.parse("2024-01-01")));
    projection.on(QUANG_NINH);

    assertThat(projection.handle(new FindUnits()).get(0).judges()).isEqualTo(42);
  }
}
