package vn.thidua.events.campaign;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Launches a campaign with its phases and its scoring table (criteria, adjustments, gates). The
 * participants are units, clusters (cụm thi đua, each standing for its member units), or both.
 */
public record LaunchCampaign(
    @TargetAggregateIdentifier String campaignId,
    String organiserUnitId,
    String title,
    String theme,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> participantUnitIds,
    List<String> participantClusterIds,
    List<Phase> phases,
    List<Criterion> criteria,
    List<ScoreAdjustment> adjustments,
    List<EligibilityGate> gates,
    String reason) {
  public LaunchCampaign {
    participantUnitIds = participantUnitIds == null ? List.of() : List.copyOf(participantUnitIds);
    participantClusterIds =
        participantClusterIds == null ? List.of() : List.copyOf(participantClusterIds);
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    gates = gates == null ? List.of() : List.copyOf(gates);
  }

  /** Units only, no clusters. */
  public LaunchCampaign(
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
        List.of(),
        phases,
        criteria,
        adjustments,
        gates,
        reason);
  }

  /** Units only, without bonuses, penalties or gates (a scoring table of criteria only). */
  public LaunchCampaign(
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
