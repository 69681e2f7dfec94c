package vn.thidua.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.events.audit.AuditEntryView;
import vn.thidua.events.audit.FindAuditTrail;
import vn.thidua.events.campaign.CampaignClosed;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.CriteriaRevised;
import vn.thidua.events.campaign.Phase;
import vn.thidua.query.ThrowawayMongo;

class AuditTrailProjectionTest {
  private static final Instant JANUARY = Instant.parse("2023-01-05T02:00:00Z");
  private static final Instant OCTOBER = Instant.parse("2023-10-02T03:30:00Z");

  private AuditTrailProjection projection;

  @BeforeEach
  void freshDatabase() {
    projection = new AuditTrailProjection(ThrowawayMongo.newDatabase());
  }

  @Test
  void aLaunchedCampaignIsRecordedWithWhoWhenWhyAndTheFlow() {
    projection.on(
        campaign("QN-2023", "TAND-QN", "HALONG"),
        "event-1",
        JANUARY,
        "totochuc.qn",
        "TAND-QN",
        "flow-1");

    assertThat(projection.handle(new FindAuditTrail(null, null, null)))
        .containsExactly(
            new AuditEntryView(
                "event-1",
                "CampaignLaunched",
                "QN-2023",
                JANUARY,
                "totochuc.qn",
                "TAND-QN",
                "Kế hoạch thi đua",
                "flow-1",
                "Phát động phong trào thi đua «Phong trào QN-2023»"));
  }

  @Test
  void theTrailIsNewestFirstAndFilteredByCampaignUnitAndActor() {
    projection.on(campaign("QN-2023", "TAND-QN", "HALONG"), "e1", JANUARY, "a", "TAND-QN", "f1");
    projection.on(campaign("QN-2024", "TAND-QN", "CAMPHA"), "e2", OCTOBER, "b", "TAND-QN", "f2");
    projection.on(campaign("HN-2024", "TAND-HN", "DONGDA"), "e3", OCTOBER, "a", "TAND-HN", "f3");

    assertThat(eventIds(new FindAuditTrail(null, null, null))).containsExactly("e3", "e2", "e1");
    assertThat(eventIds(new FindAuditTrail("QN-2024", null, null))).containsExactly("e2");
    assertThat(eventIds(new FindAuditTrail(null, "TAND-QN", null))).containsExactly("e2", "e1");
    assertThat(eventIds(new FindAuditTrail(null, "HALONG", null))).containsExactly("e1");
    assertThat(eventIds(new FindAuditTrail(null, null, "a"))).containsExactly("e3", "e1");
    assertThat(eventIds(new FindAuditTrail("", " ", ""))).hasSize(3);
  }

  @Test
  void aRedeliveredDecisionIsRecordedOnce() {
    CampaignLaunched launched = campaign("QN-2023", "TAND-QN", "HALONG");
    projection.on(launched, "e1", JANUARY, "a", "TAND-QN", "f1");
    projection.on(launched, "e1", JANUARY, "a", "TAND-QN", "f1");

    assertThat(eventIds(new FindAuditTrail(null, null, null))).containsExactly("e1");
  }

  @Test
  void revisionsAndClosingAreRecordedWithTheirReasonsAndTheCampaignsUnits() {
    projection.on(campaign("QN-2023", "TAND-QN", "HALONG"), "e1", JANUARY, "a", "TAND-QN", "f1");
    projection.on(
        new CriteriaRevised("QN-2023", "DOT-2", List.of(), List.of(), List.of(), "Chỉ thị mới"),
        "e2",
        JANUARY.plusSeconds(60),
        "totochuc.qn",
        "TAND-QN",
        "f2");
    projection.on(
        new CampaignClosed("QN-2023", LocalDate.parse("2023-09-30"), List.of(), "Kết thúc"),
        "e3",
        OCTOBER,
        "quantri",
        "TANDTC",
        "f3");

    List<AuditEntryView> forHalong = projection.handle(new FindAuditTrail(null, "HALONG", null));
    assertThat(forHalong).extracting(AuditEntryView::eventId).containsExactly("e3", "e2", "e1");
    assertThat(forHalong.get(0).decisionType()).isEqualTo("CampaignClosed");
    assertThat(forHalong.get(0).reason()).isEqualTo("Kết thúc");
    assertThat(forHalong.get(1).decisionType()).isEqualTo("CriteriaRevised");
    assertThat(forHalong.get(1).reason()).isEqualTo("Chỉ thị mới");
    assertThat(forHalong.get(1).actorUserId()).isEqualTo("totochuc.qn");
  }

  private List<String> eventIds(FindAuditTrail query) {
    return projection.handle(query).stream().map(AuditEntryView::eventId).toList();
  }

  private static CampaignLaunched campaign(String campaignId, String organiser, String unit) {
    return new CampaignLaunched(
        campaignId,
        organiser,
        "Phong trào " + campaignId,
        null,
        LocalDate.parse("2022-10-01"),
        LocalDate.parse("2023-09-30"),
        List.of(unit),
        List.of(
            new Phase(
                "DOT-1",
                "Đợt 1",
                null,
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2023-09-30"))),
        List.of(),
        "Kế hoạch thi đua");
  }
}
