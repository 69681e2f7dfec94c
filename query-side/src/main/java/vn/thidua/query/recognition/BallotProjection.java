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
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.UnknownBallot;
import vn.thidua.events.recognition.VoteCast;

/**
 * Ballots as the public may see them: who may vote and how many have, then the tally once closed.
 * {@link VoteCast} names the voter; this read model keeps only the running count.
 */
@Component
@ProcessingGroup(NominationProjection.PROCESSING_GROUP)
class BallotProjection {
  private static final Sort LATEST_FIRST =
      Sort.by(Sort.Order.desc("closesOn"), Sort.Order.asc("_id"));

  private final MongoTemplate mongo;

  BallotProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** The count and the closing only on insert: a redelivered opening must not reopen it. */
  @EventHandler
  void on(BallotOpened event, @Timestamp Instant openedAt) {
    mongo.upsert(
        byId(event.ballotId()),
        new Update()
            .set("items", event.items())
            .set("voterKind", event.voterKind())
            .set("voters", event.voters())
            .set("closesOn", event.closesOn())
            .set("openedAt", openedAt)
            .setOnInsert("votesCast", 0)
            .setOnInsert("closed", false),
        BallotDocument.class);
  }

  /** The event carries the running count, so a redelivery leaves it where it was. */
  @EventHandler
  void on(VoteCast event) {
    mongo.updateFirst(
        byId(event.ballotId()),
        new Update().max("votesCast", event.votesCast()),
        BallotDocument.class);
  }

  @EventHandler
  void on(BallotClosed event) {
    mongo.updateFirst(
        byId(event.ballotId()),
        new Update()
            .set("closed", true)
            .set("closedOn", event.closedOn())
            .set("votesCast", event.votesCast())
            .set("results", event.results())
            .set("passed", event.passed()),
        BallotDocument.class);
  }

  @ResetHandler
  void reset() {
    mongo.remove(new Query(), BallotDocument.class);
  }

  @QueryHandler
  List<BallotView> handle(FindBallots query) {
    Query filter = new Query().with(LATEST_FIRST);
    if (query.status() != null) {
      filter.addCriteria(where("closed").is(query.status() == BallotStatus.CLOSED));
    }
    if (query.nominationId() != null) {
      filter.addCriteria(where("items.nominationId").is(query.nominationId()));
    }
    if (query.title() != null) {
      filter.addCriteria(where("items.title").is(query.title()));
    }
    return mongo.find(filter, BallotDocument.class).stream().map(BallotDocument::toView).toList();
  }

  @QueryHandler
  BallotView handle(FindBallot query) {
    BallotDocument ballot = mongo.findById(query.ballotId(), BallotDocument.class);
    if (ballot == null) {
      throw new UnknownBallot(query.ballotId());
    }
    return ballot.toView();
  }

  private static Query byId(String ballotId) {
    return query(where("_id").is(ballotId));
  }
}
