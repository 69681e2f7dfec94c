package vn.thidua.events.campaign;

import java.time.LocalDate;
import java.util.List;

public record CampaignLaunched(
    String campaignId,
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
    String reason) {
  /** Campaigns launched before adjustments and gates existed read as having none. */
  public CampaignLaunched {
    criteria = criteria == null ? List.of() : criteria;
    adjustments = adjustments == null ? List.of() : adjustments;
    gates = gates == null ? List.of() : gates;
  }

  /** Without bonuses, penalties or gates (a scoring table of criteria only). */
  public CampaignLaunched(
      String campaignId,
      String organiserUnitId,
      String title,
      String theme,
      LocalDate startsOn,
      LocalDate endsOn,
      List<String> participantUnitIds,
      List<Phase> phases,
      List<Criterion> criteria,
      String reason) {
    this(
        campaignId,
        organiserUnitId,
        title,
        theme,
        startsOn,
        endsOn,
        participantUnitIds,
        phases,
        criteria,
        List.of(),
        List.of(),
        reason);
  }
}
