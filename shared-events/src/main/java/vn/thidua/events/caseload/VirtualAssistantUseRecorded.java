package vn.thidua.events.caseload;

import java.time.YearMonth;

public record VirtualAssistantUseRecorded(
    String judgeId, String unitId, YearMonth month, int questionsAndAnswersContributed) {}
