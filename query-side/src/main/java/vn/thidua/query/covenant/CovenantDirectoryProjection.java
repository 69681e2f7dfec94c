package vn.thidua.query.covenant;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.events.covenant.CovenantConcluded;
import vn.thidua.events.covenant.CovenantDrafted;
import vn.thidua.events.covenant.CovenantNotFound;
import vn.thidua.events.covenant.PledgeSigned;

@Component
@ProcessingGroup(CovenantDirectoryProjection.PROCESSING_GROUP)
class CovenantDirectoryProjection {
  static final String PROCESSING_GROUP = "covenant-directory";
  private static final Sort LATEST_YEAR_FIRST =
      Sort.by(Sort.Order.desc("year"), Sort.Order.asc("clusterId"), Sort.Order.asc("_id"));

  private final MongoTemplate mongo;

  CovenantDirectoryProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** Pledges and conclusion only on insert: a redelivered draft must not erase signatures. */
  @EventHandler
  void on(CovenantDrafted event, @Timestamp Instant draftedAt) {
    mongo.upsert(
        query(where("_id").is(event.covenantId())),
        new Update()
            .set("clusterId", event.clusterId())
            .set("year", event.year())
            .set("memberUnitIds", event.memberUnitIds())
            .set("commitments", event.commitments())
            .set("draftedAt", draftedAt)
            .setOnInsert("pledges", List.of())
            .setOnInsert("concluded", false),
        CovenantDocument.class);
  }

  /** A unit signs once; the match on its absence keeps a redelivered signature from doubling. */
  @EventHandler
  void on(PledgeSigned event) {
    Pledge pledge =
        new Pledge(
            event.unitId(),
            event.signerName(),
            event.signerRole(),
            event.signedOn(),
            event.registeredTitles() == null ? List.of() : event.registeredTitles());
    mongo.updateFirst(
        query(where("_id").is(event.covenantId()))
            .addCriteria(where("pledges.unitId").ne(event.unitId())),
        new Update().push("pledges", pledge),
        CovenantDocument.class);
  }

  @EventHandler
  void on(CovenantConcluded event) {
    mongo.updateFirst(
        query(where("_id").is(event.covenantId())),
        new Update().set("concluded", true).set("concludedOn", event.concludedOn()),
        CovenantDocument.class);
  }

  @ResetHandler
  void reset() {
    mongo.remove(new Query(), CovenantDocument.class);
  }

  /** One covenant per cluster and year: few enough to filter by reading them all. */
  @QueryHandler
  List<CovenantView> handle(FindCovenants query) {
    Query filter = new Query().with(LATEST_YEAR_FIRST);
    if (query.year() != null) {
      filter.addCriteria(where("year").is(query.year()));
    }
    if (query.clusterId() != null) {
      filter.addCriteria(where("clusterId").is(query.clusterId()));
    }
    if (query.unitId() != null) {
      filter.addCriteria(where("memberUnitIds").is(query.unitId()));
    }
    return mongo.find(filter, CovenantDocument.class).stream()
        .map(CovenantDocument::toView)
        .toList();
  }

  @QueryHandler
  CovenantView handle(FindCovenant query) {
    CovenantDocument covenant = mongo.findById(query.covenantId(), CovenantDocument.class);
    if (covenant == null) {
      throw new CovenantNotFound(query.covenantId());
    }
    return covenant.toView();
  }
}
