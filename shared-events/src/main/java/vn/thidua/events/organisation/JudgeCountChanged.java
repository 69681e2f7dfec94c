package vn.thidua.events.organisation;

import java.time.LocalDate;

public record JudgeCountChanged(String unitId, int judges, LocalDate effectiveFrom) {}
