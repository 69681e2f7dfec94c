package vn.thidua.query.leaderboard;

import com.mongodb.client.MongoCollection;
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
 * failed batch it is dropped and read again from {@code leaderboard_campaigns}. Kept per physical
 * collection, so a rebuild into another generation (a shadow processor) has its own.
 */
@Component
class CampaignCatalog {
  private final MongoTemplate mongo;
  private final Map<String, Catalog> byCollection = new HashMap<>();

  CampaignCatalog(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  synchronized List<Board> boardsOf(String unitId) {
    return current().boardsByUnit.getOrDefault(unitId, List.of());
  }

  synchronized CampaignEntry campaign(String campaignId) {
    return current().campaigns.get(campaignId);
  }

  synchronized void add(CampaignEntry campaign) {
    Catalog catalog = current();
    catalog.campaigns.put(campaign.campaignId(), campaign);
    catalog.index();
  }

  synchronized void forget() {
    byCollection.clear();
  }

  private Catalog current() {
    MongoCollection<Document> collection = mongo.getCollection(CampaignEntry.COLLECTION);
    return byCollection.computeIfAbsent(
        collection.getNamespace().getFullName(), name -> Catalog.load(collection));
  }

  private static final class Catalog {
    private final Map<String, CampaignEntry> campaigns = new HashMap<>();
    private Map<String, List<Board>> boardsByUnit = new HashMap<>();

    static Catalog load(MongoCollection<Document> collection) {
      Catalog catalog = new Catalog();
      for (Document document : collection.find()) {
        CampaignEntry campaign = CampaignEntry.fromDocument(document);
        catalog.campaigns.put(campaign.campaignId(), campaign);
      }
      catalog.index();
      return catalog;
    }

    void index() {
      boardsByUnit = new HashMap<>();
      for (CampaignEntry campaign : campaigns.values()) {
        for (String unitId : campaign.participantUnitIds()) {
          boardsByUnit.computeIfAbsent(unitId, u -> new ArrayList<>()).addAll(campaign.boards());
        }
      }
    }
  }
}
