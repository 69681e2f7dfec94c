package vn.thidua.query.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.ScoreAdjustment;

@Document(CampaignDocument.COLLECTION)
record CampaignDocument(
    @Id String campaignId,
    String organiserUnitId,
    String title,
    String theme,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> participantUnitIds,
    List<Phase> phases,
    List<Criterion> criteria,
    List<ScoreAdjustment> adjustments,
    List<EligibilityGate> gates,
    String reason,
    Instant launchedAt) {
  static final String COLLECTION = "campaigns";

  static CampaignDocument of(CampaignLaunched event, Instant launchedAt) {
    return new CampaignDocument(
        event.campaignId(),
        event.organiserUnitId(),
        event.title(),
        event.theme(),
        event.startsOn(),
        event.endsOn(),
        event.participantUnitIds(),
        event.phases(),
        event.criteria(),
        event.adjustments(),
        event.gates(),
        event.reason(),
        launchedAt);
  }

  CampaignView toView() {
    return new CampaignView(
        campaignId,
        organiserUnitId,
        title,
        theme,
        startsOn,
        endsOn,
        participantUnitIds,
        phases,
        criteria,
        adjustments == null ? List.of() : adjustments,
        gates == null ? List.of() : gates,
        reason,
        launchedAt);
  }
}
