package vn.thidua.query.leaderboard;

import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
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

  /** The unit's ledger; empty when nothing was ever recorded for it. */
  public Optional<UnitLedger> find(String unitId) {
    Document document =
        mongo.getCollection(LedgerFields.COLLECTION).find(Filters.eq("_id", unitId)).first();
    return Optional.ofNullable(document).map(found -> new UnitLedger(unitId, found));
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
