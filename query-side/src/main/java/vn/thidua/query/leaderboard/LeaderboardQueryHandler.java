package vn.thidua.query.leaderboard;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.events.leaderboard.FindLeaderboard;
import vn.thidua.events.leaderboard.LeaderboardView;
import vn.thidua.events.leaderboard.UnknownCampaign;
import vn.thidua.events.leaderboard.UnknownPhase;
import vn.thidua.events.problem.NotFound;

@Component
class LeaderboardQueryHandler {
  private final MongoTemplate mongo;

  LeaderboardQueryHandler(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @QueryHandler
  LeaderboardView handle(FindLeaderboard query) {
    LeaderboardDocument leaderboard =
        mongo.findById(
            LeaderboardDocument.idOf(query.campaignId(), query.phaseId()),
            LeaderboardDocument.class);
    if (leaderboard == null || !leaderboard.answers(query)) {
      throw notFound(query);
    }
    return leaderboard.toView(unitNames(leaderboard));
  }

  private Map<String, String> unitNames(LeaderboardDocument leaderboard) {
    return mongo.find(query(where("_id").in(leaderboard.rows().keySet())), UnitName.class).stream()
        .collect(Collectors.toMap(UnitName::unitId, UnitName::name));
  }

  private NotFound notFound(FindLeaderboard query) {
    boolean campaignKnown =
        query.phaseId() != null
            && mongo.exists(
                query(where("_id").is(LeaderboardDocument.idOf(query.campaignId(), null))),
                LeaderboardDocument.class);
    return campaignKnown
        ? new UnknownPhase(query.campaignId(), query.phaseId())
        : new UnknownCampaign(query.campaignId());
  }
}
