package vn.thidua.events.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign was launched. {@code participantUnitIds} are all participating units: the units named
 * and the members of the clusters named, once each. {@code participantClusterIds} records which
 * clusters were named (empty when the participants were named as units only).
 */
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
    String reason,
    List<String> participantClusterIds) {
  /**
   * Campaigns launched before adjustments and gates existed read as having none; before cluster
   * participants existed, as naming no cluster.
   */
  public CampaignLaunched {
    participantClusterIds = participantClusterIds == null ? List.of() : participantClusterIds;
    criteria = criteria == null ? List.of() : criteria;
    adjustments = adjustments == null ? List.of() : adjustments;
    gates = gates == null ? List.of() : gates;
  }

  /** Participants named as units only. */
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
      List<ScoreAdjustment> adjustments,
      List<EligibilityGate> gates,
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
        adjustments,
        gates,
        reason,
        List.of());
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
