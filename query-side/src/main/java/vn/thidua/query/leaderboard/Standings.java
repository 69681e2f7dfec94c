package vn.thidua.query.leaderboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.thidua.events.leaderboard.LeaderboardRow;

/** Ranks by resolution rate, then resolved cases, then unit id, so every rank is distinct. */
final class Standings {
  private static final Comparator<Map.Entry<String, Tally>> ORDER =
      Comparator.comparing(
              (Map.Entry<String, Tally> row) -> row.getValue().resolutionRatePercent(),
              Comparator.reverseOrder())
          .thenComparing(row -> row.getValue().resolved(), Comparator.reverseOrder())
          .thenComparing(Map.Entry::getKey);

  private Standings() {}

  static List<LeaderboardRow> rank(Map<String, Tally> rows, Map<String, String> unitNames) {
    List<Map.Entry<String, Tally>> ordered = new ArrayList<>(rows.entrySet());
    ordered.sort(ORDER);
    List<LeaderboardRow> ranked = new ArrayList<>(ordered.size());
    for (Map.Entry<String, Tally> row : ordered) {
      Tally tally = row.getValue();
      ranked.add(
          new LeaderboardRow(
              ranked.size() + 1,
              row.getKey(),
              unitNames.get(row.getKey()),
              tally.accepted(),
              tally.resolved(),
              tally.resolutionRatePercent()));
    }
    return ranked;
  }
}
