package vn.thidua.command.organisation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The unit directory in PostgreSQL, beside the events and updated in their transaction. */
@Component
class JdbcUnitDirectory implements UnitDirectory {
  private final JdbcTemplate jdbc;

  JdbcUnitDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean isRegistered(String unitId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM registered_unit WHERE unit_id = ?)",
            Boolean.class,
            unitId));
  }

  @Override
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

  @Override
  public void add(String unitId, String parentUnitId) {
    jdbc.update(
        "INSERT INTO registered_unit (unit_id, parent_unit_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        unitId,
        parentUnitId);
  }
}
