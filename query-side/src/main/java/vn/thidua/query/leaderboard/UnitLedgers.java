package vn.thidua.query.leaderboard;

import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.covenant.Commitment;

/** The read API of the unit ledgers: one document per unit, read by {@code _id}. */
@Component
public class UnitLedgers {
  private final MongoTemplate mongo;

  UnitLedgers(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * The unit's ledger; empty when nothing was ever recorded for it. Reads the profile and each of
   * its month documents by {@code _id}.
   */
  public Optional<UnitLedger> find(String unitId) {
    Document profile = byId(LedgerFields.COLLECTION, unitId);
    if (profile == null) {
      return Optional.empty();
    }
    Document merged = new Document(profile);
    Document days = new Document();
    Document byType = new Document();
    Document judges = new Document();
    for (String month : profile.getList(LedgerFields.MONTHS, String.class, List.of())) {
      Document monthDocument =
          byId(LedgerFields.MONTH_COLLECTION, LedgerFields.monthId(unitId, YearMonth.parse(month)));
      if (monthDocument == null) {
        continue;
      }
      Document monthDays = monthDocument.get(LedgerFields.DAYS, Document.class);
      if (monthDays != null) {
        monthDays.forEach((day, counters) -> days.append(month + "-" + day, counters));
      }
      Document types = monthDocument.get(LedgerFields.TYPES, Document.class);
      if (types != null) {
        byType.append(month, types);
      }
      Document monthJudges = monthDocument.get(LedgerFields.JUDGES, Document.class);
      if (monthJudges != null) {
        monthJudges.forEach(
            (judge, figures) ->
                ((Document) judges.computeIfAbsent(judge, j -> new Document()))
                    .append(month, figures));
      }
    }
    merged.append(LedgerFields.DAYS, days);
    merged.append(UnitLedger.BY_TYPE, byType);
    merged.append(LedgerFields.JUDGES, judges);
    return Optional.of(new UnitLedger(unitId, merged));
  }

  private Document byId(String collection, String id) {
    return mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
  }

  /** The unit's ledger, or 404 when nothing was ever recorded for the unit. */
  public UnitLedger require(String unitId) {
    return find(unitId).orElseThrow(() -> new UnitWithoutLedger(unitId));
  }

  /** The commitments (targets) of a covenant the unit pledged to. */
  public List<Commitment> commitmentsOf(String covenantId) {
    Document covenant =
        mongo.getCollection(LedgerFields.COVENANTS).find(Filters.eq("_id", covenantId)).first();
    if (covenant == null) {
      return List.of();
    }
    return covenant.getList("commitments", Document.class, List.of()).stream()
        .map(
            commitment ->
                new Commitment(
                    Metric.valueOf(commitment.getString("metric")),
                    new BigDecimal(commitment.getString("target")),
                    commitment.getString("note")))
        .toList();
  }
}
