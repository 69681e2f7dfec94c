package vn.thidua.query.leaderboard;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.query.folding.Fold;
import vn.thidua.query.folding.FoldingBatch;

/**
 * Folds into a unit's month document and lists the month in the unit's profile, once: the months
 * already listed are remembered (per physical collection, so a rebuild into another generation has
 * its own), but only after their batch committed (a failed batch is redone).
 */
@Component
class LedgerMonths {
  private static final String PENDING = LedgerMonths.class.getName() + ".pending";
  private final Set<String> listed = new HashSet<>();
  private final MongoTemplate mongo;

  LedgerMonths(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The month document of {@code unitId} for {@code month}, listed in the profile. */
  Fold of(String unitId, YearMonth month) {
    String id =
        mongo.getCollection(LedgerFields.COLLECTION).getNamespace().getFullName()
            + "|"
            + LedgerFields.monthId(unitId, month);
    if (!isListed(id)) {
      FoldingBatch.current()
          .fold(LedgerFields.COLLECTION, unitId)
          .addToSet(LedgerFields.MONTHS, month.toString());
      pending().add(id);
    }
    return FoldingBatch.current()
        .fold(LedgerFields.MONTH_COLLECTION, LedgerFields.monthId(unitId, month));
  }

  synchronized void forget() {
    listed.clear();
  }

  private synchronized boolean isListed(String id) {
    return listed.contains(id);
  }

  private synchronized void remember(Set<String> ids) {
    listed.addAll(ids);
  }

  private Set<String> pending() {
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    Set<String> pending = unitOfWork.getResource(PENDING);
    if (pending == null) {
      Set<String> created = new HashSet<>();
      unitOfWork.resources().put(PENDING, created);
      unitOfWork.afterCommit(committed -> remember(created));
      pending = created;
    }
    return pending;
  }
}
