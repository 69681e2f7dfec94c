package vn.thidua.query.standings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.campaign.FrozenStanding;

/**
 * One phase of one campaign, {@code _id = campaignId/phaseId}: known from the launch, with its rows
 * once frozen.
 */
@Document(FrozenStandingsDocument.COLLECTION)
record FrozenStandingsDocument(
    @Id String id,
    String campaignId,
    String campaignTitle,
    String phaseId,
    String phaseName,
    LocalDate startsOn,
    LocalDate endsOn,
    boolean frozen,
    LocalDate endedOn,
    Instant frozenAt,
    List<FrozenStanding> rows) {
  static final String COLLECTION = "frozen_standings";

  static String idOf(String campaignId, String phaseId) {
    return campaignId + "/" + phaseId;
  }

  PhaseFreeze toPhaseFreeze() {
    return new PhaseFreeze(phaseId, phaseName, startsOn, endsOn, frozen, endedOn);
  }

  FrozenStandingsView toView() {
    return new FrozenStandingsView(
        campaignId,
        campaignTitle,
        phaseId,
        phaseName,
        startsOn,
        endsOn,
        endedOn,
        frozenAt,
        rows.stream()
            .sorted(
                Comparator.comparingInt(FrozenStanding::rank).thenComparing(FrozenStanding::unitId))
            .toList());
  }
}
