package vn.thidua.query.organisation;

import java.time.LocalDate;
import vn.thidua.events.organisation.CourtLevel;

/**
 * A registered court unit. {@code judgesEffectiveFrom} is the date of the judge count shown; null
 * while the count given at registration holds.
 */
public record UnitView(
    String unitId,
    String name,
    CourtLevel level,
    String parentUnitId,
    int judges,
    LocalDate judgesEffectiveFrom) {}
