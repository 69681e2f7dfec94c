package vn.thidua.benchmark;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.thidua.events.MetadataKeys;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;

/**
 * The i-th event of the append runs: a CaseAccepted with the metadata the command side puts on
 * every event (who, for which unit, in which flow), so rows have production sizes.
 */
record SampleEvent(CaseAccepted payload, Map<String, String> metaData) {
  static final String AGGREGATE_TYPE = "CourtCase";
  private static final LocalDate YEAR_STARTS = LocalDate.of(2022, 10, 1);
  private static final CaseType[] TYPES = CaseType.values();

  static SampleEvent number(int i) {
    String caseId = String.format("BENCH-%07d", i);
    return new SampleEvent(
        new CaseAccepted(
            caseId,
            "TAND-QN-HALONG",
            TYPES[i % TYPES.length],
            YEAR_STARTS.plusDays(i % 365),
            false,
            YEAR_STARTS.plusDays(i % 365 + 90)),
        Map.of(
            MetadataKeys.USER_ID, "thuky.qn",
            MetadataKeys.USER_UNIT_ID, "TAND-QN",
            MetadataKeys.USER_ROLES, "CLERK",
            MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString(),
            MetadataKeys.CAUSATION_ID, UUID.randomUUID().toString()));
  }

  String aggregateId() {
    return payload.caseId();
  }
}
