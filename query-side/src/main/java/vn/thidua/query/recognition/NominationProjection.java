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
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.UnknownNomination;

/**
 * Nominations and where each stands. All recognition read models share one processor, so a
 * nomination always sees its ballot and award events after its own.
 */
@Component
@ProcessingGroup(NominationProjection.PROCESSING_GROUP)
class NominationProjection {
  static final String PROCESSING_GROUP = "recognition";
  private static final Sort LATEST_YEAR_FIRST =
      Sort.by(Sort.Order.desc("emulationYear"), Sort.Order.asc("_id"));

  private final MongoTemplate mongo;

  NominationProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @EventHandler
  void on(NominationMade event, @Timestamp Instant nominatedAt) {
    mongo.upsert(
        byId(event.nominationId()),
        new Update()
            .set("title", event.title())
            .set("emulationYear", event.emulationYear())
            .set("nominee", event.nominee())
            .set("basis", event.basis())
            .set("facts", event.facts())
            .set("nominatedAt", nominatedAt)
            .setOnInsert("revoked", false),
        NominationDocument.class);
  }

  @EventHandler
  void on(NominationEligibilityAssessed event) {
    mongo.updateFirst(
        byId(event.nominationId()),
        new Update().set("eligible", event.passed()).set("gates", event.gates()),
        NominationDocument.class);
  }

  /** A nomination whose ballot failed may go to a new one; the latest ballot is the one shown. */
  @EventHandler
  void on(BallotOpened event) {
    for (BallotItem item : event.items()) {
      mongo.updateFirst(
          byId(item.nominationId()),
          new Update().set("ballotId", event.ballotId()).unset("ballotPassed"),
          NominationDocument.class);
    }
  }

  @EventHandler
  void on(BallotClosed event) {
    for (BallotResult result : event.results()) {
      mongo.updateFirst(
          byId(result.nominationId()).addCriteria(where("ballotId").is(event.ballotId())),
          new Update().set("ballotPassed", result.passed()),
          NominationDocument.class);
    }
  }

  @EventHandler
  void on(AwardDecided event) {
    mongo.updateFirst(
        byId(event.nominationId()),
        new Update()
            .set("decisionNumber", event.decisionNumber())
            .set("decidedOn", event.decidedOn()),
        NominationDocument.class);
  }

  @EventHandler
  void on(AwardRevoked event) {
    mongo.updateFirst(
        byId(event.nominationId()), new Update().set("revoked", true), NominationDocument.class);
  }

  @ResetHandler
  void reset() {
    mongo.remove(new Query(), NominationDocument.class);
  }

  /** Nominations are a few thousand a year at most: filters read the collection. */
  @QueryHandler
  List<NominationView> handle(FindNominations query) {
    Query filter = new Query().with(LATEST_YEAR_FIRST);
    if (query.unitId() != null) {
      filter.addCriteria(where("nominee.unitId").is(query.unitId()));
    }
    if (query.title() != null) {
      filter.addCriteria(where("title").is(query.title()));
    }
    if (query.year() != null) {
      filter.addCriteria(where("emulationYear").is(query.year()));
    }
    return mongo.find(filter, NominationDocument.class).stream()
        .map(NominationDocument::toView)
        .toList();
  }

  @QueryHandler
  NominationView handle(FindNomination query) {
    NominationDocument nomination = mongo.findById(query.nominationId(), NominationDocument.class);
    if (nomination == null) {
      throw new UnknownNomination("nominationId", query.nominationId());
    }
    return nomination.toView();
  }

  private static Query byId(String nominationId) {
    return query(where("_id").is(nominationId));
  }
}
