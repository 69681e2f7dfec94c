package vn.thidua.query.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.EligibilityGate;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.campaign.ScoreAdjustment;

/** A launched campaign with its phases, participants and scoring table. */
public record CampaignView(
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
    Instant launchedAt) {}
