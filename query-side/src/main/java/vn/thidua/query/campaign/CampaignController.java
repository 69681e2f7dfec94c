package vn.thidua.query.campaign;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.query.QueryClient;
import vn.thidua.support.table.AnalystTable;
import vn.thidua.support.table.TableEndpoint;

@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {
  static final AnalystTable<CampaignView> CAMPAIGNS =
      AnalystTable.<CampaignView>named("phong-trao-thi-dua", "Phong trào thi đua", "Campaigns")
          .text("campaignId", "Mã phong trào", "Campaign id", CampaignView::campaignId)
          .sortable()
          .filterable()
          .text("title", "Tên phong trào", "Title", CampaignView::title)
          .sortable()
          .searchable()
          .text(
              "organiserUnitId",
              "Đơn vị phát động",
              "Organising unit",
              CampaignView::organiserUnitId)
          .sortable()
          .filterable()
          .date("startsOn", "Ngày bắt đầu", "Starts on", CampaignView::startsOn)
          .sortable()
          .filterable()
          .date("endsOn", "Ngày kết thúc", "Ends on", CampaignView::endsOn)
          .sortable()
          .filterable()
          .number("phaseCount", "Số đợt", "Phases", campaign -> campaign.phases().size())
          .sortable()
          .text(
              "participantUnitIds",
              "Đơn vị tham gia",
              "Participating units",
              CampaignView::participantUnitIds)
          .filterable()
          .text("criteria", "Tiêu chí", "Criteria", CampaignController::criteria)
          .text("theme", "Chủ đề", "Theme", CampaignView::theme)
          .searchable()
          .text("reason", "Lý do", "Reason", CampaignView::reason)
          .dateTime("launchedAt", "Thời điểm phát động", "Launched at", CampaignView::launchedAt)
          .sortable()
          .build();

  private final QueryClient queries;

  CampaignController(QueryClient queries) {
    this.queries = queries;
  }

  /**
   * Launched campaigns, the latest period first; paged, sortable, filterable, exportable as CSV or
   * XLSX. {@code participantUnitIds=X} lists the campaigns unit X takes part in.
   */
  @GetMapping
  @TableEndpoint("CAMPAIGNS")
  public ResponseEntity<Object> campaigns(HttpServletRequest request) {
    return CAMPAIGNS.answer(
        CAMPAIGNS.read(request),
        CAMPAIGNS.inMemory(
            queries.ask(
                new FindCampaigns(), ResponseTypes.multipleInstancesOf(CampaignView.class))));
  }

  @GetMapping("/{campaignId}")
  public CampaignView campaign(@PathVariable String campaignId) {
    return queries.ask(new FindCampaign(campaignId), ResponseTypes.instanceOf(CampaignView.class));
  }

  /** The metrics scored, e.g. {@code RESOLUTION_RATE ≥ 90}, for a readable cell. */
  private static String criteria(CampaignView campaign) {
    return campaign.criteria().stream()
        .map(CampaignController::criterion)
        .collect(Collectors.joining("; "));
  }

  private static String criterion(Criterion criterion) {
    String comparison =
        switch (criterion.direction()) {
          case HIGHER_IS_BETTER -> " ≥ ";
          case LOWER_IS_BETTER -> " ≤ ";
        };
    return criterion.metric() + comparison + criterion.target().toPlainString();
  }
}
