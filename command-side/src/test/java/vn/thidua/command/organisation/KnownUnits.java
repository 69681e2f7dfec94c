package vn.thidua.command.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** The unit directory's contract held in a map, for aggregate tests that run without a database. */
public final class KnownUnits implements UnitDirectory {
  private final Map<String, String> parents = new HashMap<>();

  public KnownUnits with(String unitId, String parentUnitId) {
    add(unitId, parentUnitId);
    return this;
  }

  @Override
  public boolean isRegistered(String unitId) {
    return parents.containsKey(unitId);
  }

  @Override
  public boolean isWithin(String unitId, String ancestorId) {
    for (String unit = unitId; unit != null; unit = parents.get(unit)) {
      if (Objects.equals(unit, ancestorId)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void add(String unitId, String parentUnitId) {
    parents.putIfAbsent(unitId, parentUnitId);
  }
}
