package vn.thidua.command.organisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.command.messaging.Actor;
import vn.thidua.events.organisation.OutsideUnitScope;
import vn.thidua.events.organisation.UnknownUnit;

/** Which units exist and how they nest, for rules that span aggregates. */
@Component
public class UnitDirectory {
  private final JdbcTemplate jdbc;

  UnitDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean isRegistered(String unitId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM registered_unit WHERE unit_id = ?)",
            Boolean.class,
            unitId));
  }

  public void requireRegistered(String field, String unitId) {
    if (!isRegistered(unitId)) {
      throw new UnknownUnit(field, unitId);
    }
  }

  /** True when {@code unitId} is {@code ancestorId} or lies anywhere below it. */
  public boolean isWithin(String unitId, String ancestorId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            """
            WITH RECURSIVE line(unit_id, parent_unit_id) AS (
              SELECT unit_id, parent_unit_id FROM registered_unit WHERE unit_id = ?
              UNION
              SELECT u.unit_id, u.parent_unit_id
              FROM registered_unit u JOIN line ON u.unit_id = line.parent_unit_id
            )
            SELECT EXISTS (SELECT 1 FROM line WHERE unit_id = ?)
            """,
            Boolean.class,
            unitId,
            ancestorId));
  }

  /** Clerks act for their own unit and the units below it; administrators for any unit. */
  public void requireInScope(String field, String unitId, Actor actor) {
    if (actor.is("ADMIN")) {
      return;
    }
    if (actor.unitId() == null || !isWithin(unitId, actor.unitId())) {
      throw new OutsideUnitScope(field, unitId);
    }
  }

  void add(String unitId, String parentUnitId) {
    jdbc.update(
        "INSERT INTO registered_unit (unit_id, parent_unit_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        unitId,
        parentUnitId);
  }
}
