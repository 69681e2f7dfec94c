package vn.thidua.command.organisation;

import vn.thidua.command.messaging.Actor;
import vn.thidua.events.organisation.OutsideUnitScope;
import vn.thidua.events.organisation.UnknownUnit;

/** Which units exist and how they nest, for rules that span aggregates. */
public interface UnitDirectory {
  boolean isRegistered(String unitId);

  /** True when {@code unitId} is {@code ancestorId} or lies anywhere below it. */
  boolean isWithin(String unitId, String ancestorId);

  void add(String unitId, String parentUnitId);

  default void requireRegistered(String field, String unitId) {
    if (!isRegistered(unitId)) {
      throw new UnknownUnit(field, unitId);
    }
  }

  /** Clerks act for their own unit and the units below it; administrators for any unit. */
  default void requireInScope(String field, String unitId, Actor actor) {
    if (actor.is("ADMIN")) {
      return;
    }
    if (actor.unitId() == null || !isWithin(unitId, actor.unitId())) {
      throw new OutsideUnitScope(field, unitId);
    }
  }
}
