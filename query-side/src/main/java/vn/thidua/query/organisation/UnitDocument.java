package vn.thidua.query.organisation;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.organisation.CourtLevel;

@Document(UnitDocument.COLLECTION)
record UnitDocument(
    @Id String unitId,
    String name,
    CourtLevel level,
    String parentUnitId,
    int judges,
    LocalDate judgesEffectiveFrom) {
  static final String COLLECTION = "units";

  UnitView toView() {
    return new UnitView(unitId, name, level, parentUnitId, judges, judgesEffectiveFrom);
  }
}
