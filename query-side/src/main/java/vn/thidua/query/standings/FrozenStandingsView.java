package vn.thidua.query.standings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.campaign.FrozenStanding;

/**
 * The standings of a campaign phase as frozen when it ended: the evidence nominations and award
 * decisions cite. Each row carries its rank, score and every per-criterion figure behind it.
 */
public record FrozenStandingsView(
    String campaignId,
    String campaignTitle,
    String phaseId,
    String phaseName,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate endedOn,
    Instant frozenAt,
    List<FrozenStanding> rows) {}
