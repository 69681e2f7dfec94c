package vn.thidua.events.caseload;

import java.time.LocalDate;

/** {@code late}: published more than the allowed number of days after taking effect. */
public record JudgmentPublished(
    String caseId,
    String unitId,
    CaseType caseType,
    LocalDate effectiveOn,
    LocalDate publishedOn,
    String portalUrl,
    boolean late) {}
