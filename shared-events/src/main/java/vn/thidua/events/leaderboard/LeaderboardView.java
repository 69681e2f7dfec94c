package vn.thidua.events.leaderboard;

import java.time.LocalDate;
import java.util.List;

public record LeaderboardView(
    String campaignId,
    String campaignTitle,
    String phaseId,
    String phaseName,
    LocalDate startsOn,
    LocalDate endsOn,
    String rankedBy,
    List<LeaderboardRow> rows) {}
