package vn.thidua.query.leaderboard;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.VerdictRecorded;
import vn.thidua.events.organisation.UnitRegistered;

/**
 * Keeps one leaderboard per campaign period up to date, case by case. Counts are by business date:
 * a case event adds to every period of the unit's campaigns the difference the event makes to that
 * period's counts.
 *
 * <p>The processor runs one event per batch on a single segment (see application.yml): a campaign
 * launched after its cases counts them from the case documents, so an event handled before the
 * launch must never come again after it.
 */
@Component
@ProcessingGroup(LeaderboardProjection.PROCESSING_GROUP)
class LeaderboardProjection {
  static final String PROCESSING_GROUP = "leaderboard";
  private static final List<String> COLLECTIONS =
      List.of(
          CaseDocument.COLLECTION,
          UnitName.COLLECTION,
          Membership.COLLECTION,
          LeaderboardDocument.COLLECTION);

  private final MongoTemplate mongo;

  LeaderboardProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @EventHandler
  void on(UnitRegistered event) {
    mongo.upsert(byId(event.unitId()), Update.update("name", event.name()), UnitName.class);
  }

  @EventHandler
  void on(CaseAccepted event, @MessageIdentifier String eventId) {
    mongo.upsert(
        byId(event.caseId()),
        caseFields(event.unitId(), event.caseType(), event.acceptedOn()),
        CaseDocument.class);
    for (Period period : periodsOf(event.unitId())) {
      count(period, event.unitId(), period.tallyOf(event.acceptedOn(), null), eventId);
    }
  }

  @EventHandler
  void on(VerdictRecorded event, @MessageIdentifier String eventId) {
    mongo.upsert(
        byId(event.caseId()),
        caseFields(event.unitId(), event.caseType(), event.acceptedOn())
            .set("resolvedOn", event.resolvedOn()),
        CaseDocument.class);
    LocalDate acceptedOn = event.acceptedOn();
    for (Period period : periodsOf(event.unitId())) {
      Tally change =
          period.tallyOf(acceptedOn, event.resolvedOn()).minus(period.tallyOf(acceptedOn, null));
      count(period, event.unitId(), change, eventId);
    }
  }

  /** Cases may be recorded long before the campaign is launched: count what is already known. */
  @EventHandler
  void on(CampaignLaunched event) {
    List<String> participants = event.participantUnitIds().stream().distinct().toList();
    List<CaseDocument> cases =
        mongo.find(query(where("unitId").in(participants)), CaseDocument.class);
    List<LeaderboardDocument> leaderboards = LeaderboardDocument.allOf(event);
    for (LeaderboardDocument leaderboard : leaderboards) {
      insertUnlessBuilt(leaderboard.counting(cases));
    }
    Object[] periods = leaderboards.stream().map(LeaderboardDocument::period).toArray();
    for (String unitId : participants) {
      mongo.upsert(byId(unitId), new Update().addToSet("periods").each(periods), Membership.class);
    }
  }

  @ResetHandler
  void reset() {
    COLLECTIONS.forEach(collection -> mongo.remove(new Query(), collection));
  }

  /** Built already, later events may have been counted in: counting again would lose them. */
  private void insertUnlessBuilt(LeaderboardDocument leaderboard) {
    try {
      mongo.insert(leaderboard);
    } catch (DuplicateKeyException alreadyBuilt) {
      // a redelivered launch: nothing to do
    }
  }

  private List<Period> periodsOf(String unitId) {
    Membership membership = mongo.findById(unitId, Membership.class);
    return membership == null ? List.of() : membership.periods();
  }

  /** One atomic update that also records the event, and does nothing if it already did. */
  private void count(Period period, String unitId, Tally change, String eventId) {
    if (change.isNone()) {
      return;
    }
    String row = LeaderboardDocument.ROWS + "." + unitId + ".";
    Update update = new Update();
    if (change.accepted() != 0) {
      update.inc(row + "accepted", change.accepted());
    }
    if (change.resolved() != 0) {
      update.inc(row + "resolved", change.resolved());
    }
    update
        .push(LeaderboardDocument.APPLIED_EVENTS)
        .slice(-LeaderboardDocument.APPLIED_EVENTS_KEPT)
        .each(eventId);
    Query notYetCounted =
        query(where("_id").is(period.leaderboardId()))
            .addCriteria(where(LeaderboardDocument.APPLIED_EVENTS).ne(eventId));
    mongo.updateFirst(notYetCounted, update, LeaderboardDocument.class);
  }

  private static Update caseFields(String unitId, CaseType caseType, LocalDate acceptedOn) {
    return new Update()
        .set("unitId", unitId)
        .set("caseType", caseType)
        .set("acceptedOn", acceptedOn);
  }

  private static Query byId(String id) {
    return query(where("_id").is(id));
  }
}
