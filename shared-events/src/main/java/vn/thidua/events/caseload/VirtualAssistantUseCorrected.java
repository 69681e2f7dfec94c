package vn.thidua.events.caseload;

import java.time.YearMonth;

/** The month's figure replaces the one recorded before; projections take the latest. */
public record VirtualAssistantUseCorrected(
    String judgeId,
    String unitId,
    YearMonth month,
    int previousQuestionsAndAnswersContributed,
    int questionsAndAnswersContributed) {}
