package vn.thidua.query.leaderboard;

import java.time.YearMonth;

/** One judge's month: model trials presided, virtual-assistant use and Q&A contributed. */
public record JudgeMonth(
    String judgeId,
    YearMonth month,
    long modelTrials,
    boolean usedVirtualAssistant,
    long questionsAndAnswers) {}
