package vn.thidua.query.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.campaign.Criterion;
import vn.thidua.events.campaign.Phase;

/** A launched campaign with its phases, participants and criteria. */
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
    String reason,
    Instant launchedAt) {}
