package vn.thidua.command.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.command.campaign.tally.CampaignTally;
import vn.thidua.events.campaign.Metric;
import vn.thidua.scoring.UnitFigures;

/** A tally held in memory for aggregate tests; remembers the periods it was asked about. */
final class FakeTally implements CampaignTally {
  private final Map<String, UnitFigures> units = new HashMap<>();
  final List<String> periodsAsked = new ArrayList<>();

  FakeTally with(String unitId, long accepted, long resolved, Map<Metric, BigDecimal> metrics) {
    units.put(unitId, new UnitFigures(unitId, accepted, resolved, metrics));
    return this;
  }

  @Override
  public Map<String, UnitFigures> figures(
      Collection<String> unitIds, LocalDate start, LocalDate end) {
    periodsAsked.add(start + ".." + end);
    Map<String, UnitFigures> figures = new LinkedHashMap<>();
    for (String unitId : unitIds) {
      figures.put(unitId, units.getOrDefault(unitId, new UnitFigures(unitId, 0, 0, Map.of())));
    }
    return figures;
  }
}
