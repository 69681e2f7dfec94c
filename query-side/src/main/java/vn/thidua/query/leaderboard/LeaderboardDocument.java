package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.Phase;
import vn.thidua.events.leaderboard.FindLeaderboard;
import vn.thidua.events.leaderboard.LeaderboardRow;
import vn.thidua.events.leaderboard.LeaderboardView;

/**
 * The standings of one campaign period: a phase, or the whole campaign. Every participant has a row
 * from the start. {@code appliedEvents} remembers the latest events counted in, so an event
 * delivered again changes nothing.
 */
@Document(LeaderboardDocument.COLLECTION)
record LeaderboardDocument(
    @Id String id,
    String campaignId,
    String campaignTitle,
    String phaseId,
    String phaseName,
    LocalDate startsOn,
    LocalDate endsOn,
    Map<String, Tally> rows,
    List<String> appliedEvents) {
  static final String COLLECTION = "leaderboards";
  static final String ROWS = "rows";
  static final String APPLIED_EVENTS = "appliedEvents";

  /**
   * A processor delivers again at most the batch it was in (one event here), so a hundred is a wide
   * margin; a longer list makes every update of the document slower.
   */
  static final int APPLIED_EVENTS_KEPT = 100;

  /**
   * Campaign and phase ids never contain a slash or an asterisk, so {@code campaign/*} (the whole
   * campaign) can never collide with a phase, not even one called "all".
   */
  static String idOf(String campaignId, String phaseId) {
    return campaignId + "/" + (phaseId == null ? "*" : phaseId);
  }

  /** The whole campaign's leaderboard first, then one per phase, all without counts yet. */
  static List<LeaderboardDocument> allOf(CampaignLaunched campaign) {
    Map<String, Tally> noCounts = new LinkedHashMap<>();
    campaign.participantUnitIds().forEach(unitId -> noCounts.put(unitId, Tally.NONE));
    List<LeaderboardDocument> leaderboards = new ArrayList<>();
    leaderboards.add(
        new LeaderboardDocument(
            idOf(campaign.campaignId(), null),
            campaign.campaignId(),
            campaign.title(),
            null,
            null,
            campaign.startsOn(),
            campaign.endsOn(),
            noCounts,
            List.of()));
    for (Phase phase : campaign.phases()) {
      leaderboards.add(
          new LeaderboardDocument(
              idOf(campaign.campaignId(), phase.phaseId()),
              campaign.campaignId(),
              campaign.title(),
              phase.phaseId(),
              phase.name(),
              phase.startsOn(),
              phase.endsOn(),
              noCounts,
              List.of()));
    }
    return leaderboards;
  }

  Period period() {
    return new Period(id, startsOn, endsOn);
  }

  /** This leaderboard with the given cases of its participants counted in. */
  LeaderboardDocument counting(Collection<CaseDocument> cases) {
    Map<String, Tally> counted = new LinkedHashMap<>(rows);
    Period period = period();
    for (CaseDocument courtCase : cases) {
      counted.computeIfPresent(
          courtCase.unitId(), (unit, tally) -> tally.plus(courtCase.tallyIn(period)));
    }
    return new LeaderboardDocument(
        id,
        campaignId,
        campaignTitle,
        phaseId,
        phaseName,
        startsOn,
        endsOn,
        counted,
        appliedEvents);
  }

  boolean answers(FindLeaderboard query) {
    return campaignId.equals(query.campaignId()) && Objects.equals(phaseId, query.phaseId());
  }

  LeaderboardView toView(Map<String, String> unitNames) {
    List<LeaderboardRow> ranked = Standings.rank(rows, unitNames);
    return new LeaderboardView(
        campaignId,
        campaignTitle,
        phaseId,
        phaseName,
        startsOn,
        endsOn,
        Metric.RESOLUTION_RATE.name(),
        ranked);
  }
}
