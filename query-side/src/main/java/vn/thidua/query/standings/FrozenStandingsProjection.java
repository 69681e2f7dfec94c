package vn.thidua.query.standings;

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
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.leaderboard.UnknownCampaign;
import vn.thidua.events.leaderboard.UnknownPhase;
import vn.thidua.events.standings.StandingsNotFrozen;

@Component
@ProcessingGroup(FrozenStandingsProjection.PROCESSING_GROUP)
class FrozenStandingsProjection {
  static final String PROCESSING_GROUP = "frozen-standings";

  private final MongoTemplate mongo;

  FrozenStandingsProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /**
   * Every phase is known from the launch, so a phase not frozen yet is told from an unknown one.
   */
  @EventHandler
  void on(CampaignLaunched event) {
    for (Phase phase : event.phases()) {
      mongo.upsert(
          byId(event.campaignId(), phase.phaseId()),
          new Update()
              .set("campaignId", event.campaignId())
              .set("campaignTitle", event.title())
              .set("phaseId", phase.phaseId())
              .set("phaseName", phase.name())
              .set("startsOn", phase.startsOn())
              .set("endsOn", phase.endsOn())
              .setOnInsert("frozen", false),
          FrozenStandingsDocument.class);
    }
  }

  /** A phase freezes once; redelivered, the same rows are written again. */
  @EventHandler
  void on(PhaseStandingsFrozen event, @Timestamp Instant frozenAt) {
    mongo.upsert(
        byId(event.campaignId(), event.phaseId()),
        new Update()
            .set("campaignId", event.campaignId())
            .set("phaseId", event.phaseId())
            .set("frozen", true)
            .set("endedOn", event.endedOn())
            .set("frozenAt", frozenAt)
            .set("rows", event.standings()),
        FrozenStandingsDocument.class);
  }

  @ResetHandler
  void reset() {
    mongo.remove(new Query(), FrozenStandingsDocument.class);
  }

  @QueryHandler
  FrozenStandingsView handle(FindFrozenStandings query) {
    FrozenStandingsDocument phase =
        mongo.findById(
            FrozenStandingsDocument.idOf(query.campaignId(), query.phaseId()),
            FrozenStandingsDocument.class);
    if (phase == null) {
      throw campaignKnown(query.campaignId())
          ? new UnknownPhase(query.campaignId(), query.phaseId())
          : new UnknownCampaign(query.campaignId());
    }
    if (!phase.frozen()) {
      throw new StandingsNotFrozen(query.campaignId(), query.phaseId());
    }
    return phase.toView();
  }

  /** A campaign has a few phases, so listing them by campaign reads a small collection. */
  @QueryHandler
  List<PhaseFreeze> handle(FindPhaseFreezes query) {
    List<PhaseFreeze> phases =
        mongo
            .find(
                query(where("campaignId").is(query.campaignId()))
                    .with(Sort.by("startsOn", "phaseId")),
                FrozenStandingsDocument.class)
            .stream()
            .map(FrozenStandingsDocument::toPhaseFreeze)
            .toList();
    if (phases.isEmpty()) {
      throw new UnknownCampaign(query.campaignId());
    }
    return phases;
  }

  /** Only on the way to a 404; a collection of a few phases per campaign is cheap to scan. */
  private boolean campaignKnown(String campaignId) {
    return mongo.exists(query(where("campaignId").is(campaignId)), FrozenStandingsDocument.class);
  }

  private static Query byId(String campaignId, String phaseId) {
    return query(where("_id").is(FrozenStandingsDocument.idOf(campaignId, phaseId)));
  }
}
