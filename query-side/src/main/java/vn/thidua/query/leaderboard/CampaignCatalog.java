package vn.thidua.query.leaderboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The campaigns in memory, indexed by participant, so a caseload event finds its unit's
 * leaderboards without a query. Only the ledger processor's single thread changes it; after a
 * failed batch it is dropped and read again from {@code leaderboard_campaigns}.
 */
@Component
class CampaignCatalog {
  private final MongoTemplate mongo;
  private Map<String, CampaignEntry> campaigns;
  private Map<String, List<Board>> boardsByUnit;

  CampaignCatalog(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  synchronized List<Board> boardsOf(String unitId) {
    load();
    return boardsByUnit.getOrDefault(unitId, List.of());
  }

  synchronized CampaignEntry campaign(String campaignId) {
    load();
    return campaigns.get(campaignId);
  }

  synchronized void add(CampaignEntry campaign) {
    load();
    campaigns.put(campaign.campaignId(), campaign);
    index();
  }

  synchronized void forget() {
    campaigns = null;
    boardsByUnit = null;
  }

  private void load() {
    if (campaigns != null) {
      return;
    }
    campaigns = new HashMap<>();
    for (Document document : mongo.getCollection(CampaignEntry.COLLECTION).find()) {
      CampaignEntry campaign = CampaignEntry.fromDocument(document);
      campaigns.put(campaign.campaignId(), campaign);
    }
    index();
  }

  private void index() {
    boardsByUnit = new HashMap<>();
    for (CampaignEntry campaign : campaigns.values()) {
      for (String unitId : campaign.participantUnitIds()) {
        boardsByUnit.computeIfAbsent(unitId, u -> new ArrayList<>()).addAll(campaign.boards());
      }
    }
  }
}
