package vn.thidua.query.recognition;

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
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.UnknownAward;

/** Award decisions and their revocations, keyed by decision number. */
@Component
@ProcessingGroup(NominationProjection.PROCESSING_GROUP)
class AwardProjection {
  private static final Sort LATEST_FIRST =
      Sort.by(Sort.Order.desc("decidedOn"), Sort.Order.asc("_id"));

  private final MongoTemplate mongo;

  AwardProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The revocation only on insert: a redelivered decision must not undo it. */
  @EventHandler
  void on(AwardDecided event, @Timestamp Instant recordedAt) {
    mongo.upsert(
        byNumber(event.decisionNumber()),
        new Update()
            .set("nominationId", event.nominationId())
            .set("title", event.title())
            .set("emulationYear", event.emulationYear())
            .set("nominee", event.nominee())
            .set("decidedOn", event.decidedOn())
            .set("signer", event.signer())
            .set("deciderUnitId", event.deciderUnitId())
            .set("decidedExternally", event.decidedExternally())
            .set("ballotId", event.ballotId())
            .set("basis", event.basis())
            .set("gates", event.gates())
            .set("recordedAt", recordedAt)
            .setOnInsert("revoked", false),
        AwardDocument.class);
  }

  @EventHandler
  void on(AwardRevoked event) {
    mongo.updateFirst(
        byNumber(event.decisionNumber()),
        new Update()
            .set("revoked", true)
            .set("revocation", new Revocation(event.ground(), event.reason(), event.revokedOn())),
        AwardDocument.class);
  }

  @ResetHandler
  void reset() {
    mongo.remove(new Query(), AwardDocument.class);
  }

  @QueryHandler
  List<AwardView> handle(FindAwards query) {
    Query filter = new Query().with(LATEST_FIRST);
    if (query.unitId() != null) {
      filter.addCriteria(where("nominee.unitId").is(query.unitId()));
    }
    if (query.title() != null) {
      filter.addCriteria(where("title").is(query.title()));
    }
    if (query.year() != null) {
      filter.addCriteria(where("emulationYear").is(query.year()));
    }
    if (query.revoked() != null) {
      filter.addCriteria(where("revoked").is(query.revoked()));
    }
    return mongo.find(filter, AwardDocument.class).stream().map(AwardDocument::toView).toList();
  }

  @QueryHandler
  AwardView handle(FindAward query) {
    AwardDocument award = mongo.findById(query.decisionNumber(), AwardDocument.class);
    if (award == null) {
      throw new UnknownAward(query.decisionNumber());
    }
    return award.toView();
  }

  private static Query byNumber(String decisionNumber) {
    return query(where("_id").is(decisionNumber));
  }
}
