package vn.thidua.query.campaign;

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
import org.springframework.stereotype.Component;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.leaderboard.UnknownCampaign;

@Component
@ProcessingGroup(CampaignDirectoryProjection.PROCESSING_GROUP)
class CampaignDirectoryProjection {
  static final String PROCESSING_GROUP = "campaign-directory";
  private static final Sort LATEST_FIRST =
      Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("_id"));

  private final MongoTemplate mongo;

  CampaignDirectoryProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @EventHandler
  void on(CampaignLaunched event, @Timestamp Instant launchedAt) {
    mongo.save(CampaignDocument.of(event, launchedAt));
  }

  @ResetHandler
  void reset() {
    mongo.remove(new Query(), CampaignDocument.class);
  }

  @QueryHandler
  List<CampaignView> handle(FindCampaigns query) {
    return mongo.find(new Query().with(LATEST_FIRST), CampaignDocument.class).stream()
        .map(CampaignDocument::toView)
        .toList();
  }

  @QueryHandler
  CampaignView handle(FindCampaign query) {
    CampaignDocument campaign = mongo.findById(query.campaignId(), CampaignDocument.class);
    if (campaign == null) {
      throw new UnknownCampaign(query.campaignId());
    }
    return campaign.toView();
  }
}
