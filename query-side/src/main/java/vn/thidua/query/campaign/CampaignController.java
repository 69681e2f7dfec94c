package vn.thidua.query.campaign;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.query.QueryClient;

@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {
  private final QueryClient queries;

  CampaignController(QueryClient queries) {
    this.queries = queries;
  }

  @GetMapping
  public List<CampaignView> campaigns() {
    return queries.ask(new FindCampaigns(), ResponseTypes.multipleInstancesOf(CampaignView.class));
  }

  @GetMapping("/{campaignId}")
  public CampaignView campaign(@PathVariable String campaignId) {
    return queries.ask(new FindCampaign(campaignId), ResponseTypes.instanceOf(CampaignView.class));
  }
}
