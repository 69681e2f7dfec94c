package vn.thidua.command.campaign.tally;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import vn.thidua.scoring.UnitFigures;

/** What each unit achieved in a period, counted by business dates, for freezing standings. */
public interface CampaignTally {
  /** One entry per requested unit; a unit without caseload has zero counts. */
  Map<String, UnitFigures> figures(Collection<String> unitIds, LocalDate start, LocalDate end);
}
