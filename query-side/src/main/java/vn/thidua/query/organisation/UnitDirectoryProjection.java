package vn.thidua.query.organisation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.events.organisation.JudgeCountChanged;
import vn.thidua.events.organisation.UnitRegistered;

@Component
@ProcessingGroup(UnitDirectoryProjection.PROCESSING_GROUP)
class UnitDirectoryProjection {
  static final String PROCESSING_GROUP = "unit-directory";

  private final MongoTemplate mongo;

  UnitDirectoryProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The judge count only on insert: redelivered, it must not undo a later change. */
  @EventHandler
  void on(UnitRegistered event) {
    mongo.upsert(
        query(where("_id").is(event.unitId())),
        new Update()
            .set("name", event.name())
            .set("level", event.level())
            .set("parentUnitId", event.parentUnitId())
            .setOnInsert("judges", event.judges()),
        UnitDocument.class);
  }

  /** The change with the latest effective date wins, whatever order they were recorded in. */
  @EventHandler
  void on(JudgeCountChanged event) {
    Query notSuperseded =
        query(where("_id").is(event.unitId()))
            .addCriteria(
                new Criteria()
                    .orOperator(
                        where("judgesEffectiveFrom").is(null),
                        where("judgesEffectiveFrom").lte(event.effectiveFrom())));
    mongo.updateFirst(
        notSuperseded,
        new Update()
            .set("judges", event.judges())
            .set("judgesEffectiveFrom", event.effectiveFrom()),
        UnitDocument.class);
  }

  @ResetHandler
  void reset() {
    mongo.remove(new Query(), UnitDocument.class);
  }

  @QueryHandler
  List<UnitView> handle(FindUnits query) {
    return mongo.find(new Query().with(Sort.by("_id")), UnitDocument.class).stream()
        .map(UnitDocument::toView)
        .toList();
  }
}
