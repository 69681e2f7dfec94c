package vn.thidua.query.leaderboard;

import java.math.BigDecimal;
import java.util.List;
import org.bson.Document;
import vn.thidua.events.campaign.AdjustmentKind;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Direction;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.GateComparison;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.ScoreAdjustment;
import vn.thidua.scoring.ScoringTable;

/** A scoring table as a leaderboard document keeps it; decimals as exact strings. */
final class ScoringTables {
  private ScoringTables() {}

  static Document toDocument(ScoringTable table) {
    return new Document(
            "criteria",
            table.criteria().stream()
                .map(
                    c ->
                        new Document("metric", c.metric().name())
                            .append("direction", c.direction().name())
                            .append("target", text(c.target()))
                            .append("basePoints", text(c.basePoints()))
                            .append("cap", text(c.cap())))
                .toList())
        .append(
            "adjustments",
            table.adjustments().stream()
                .map(
                    a ->
                        new Document("metric", a.metric().name())
                            .append("kind", a.kind().name())
                            .append("threshold", text(a.threshold()))
                            .append("points", text(a.points()))
                            .append("maxPoints", text(a.maxPoints())))
                .toList())
        .append(
            "gates",
            table.gates().stream()
                .map(
                    g ->
                        new Document("metric", g.metric().name())
                            .append("comparison", g.comparison().name())
                            .append("limit", text(g.limit())))
                .toList());
  }

  static ScoringTable fromDocument(Document table) {
    if (table == null) {
      return new ScoringTable(List.of(), List.of(), List.of());
    }
    List<Criterion> criteria =
        table.getList("criteria", Document.class, List.of()).stream()
            .map(
                c ->
                    new Criterion(
                        Metric.valueOf(c.getString("metric")),
                        Direction.valueOf(c.getString("direction")),
                        decimal(c.getString("target")),
                        decimal(c.getString("basePoints")),
                        decimal(c.getString("cap"))))
            .toList();
    List<ScoreAdjustment> adjustments =
        table.getList("adjustments", Document.class, List.of()).stream()
            .map(
                a ->
                    new ScoreAdjustment(
                        Metric.valueOf(a.getString("metric")),
                        AdjustmentKind.valueOf(a.getString("kind")),
                        decimal(a.getString("threshold")),
                        decimal(a.getString("points")),
                        decimal(a.getString("maxPoints"))))
            .toList();
    List<EligibilityGate> gates =
        table.getList("gates", Document.class, List.of()).stream()
            .map(
                g ->
                    new EligibilityGate(
                        Metric.valueOf(g.getString("metric")),
                        GateComparison.valueOf(g.getString("comparison")),
                        decimal(g.getString("limit"))))
            .toList();
    return new ScoringTable(criteria, adjustments, gates);
  }

  private static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static BigDecimal decimal(String text) {
    return text == null ? null : new BigDecimal(text);
  }
}
