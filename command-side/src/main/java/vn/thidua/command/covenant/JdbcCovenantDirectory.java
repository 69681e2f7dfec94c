package vn.thidua.command.covenant;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The covenant directory in PostgreSQL, beside the events and updated in their transaction. */
@Component
class JdbcCovenantDirectory implements CovenantDirectory {
  private final JdbcTemplate jdbc;

  JdbcCovenantDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<String> covenantOf(String clusterId) {
    return jdbc
        .queryForList(
            "SELECT covenant_id FROM cluster_covenant WHERE cluster_id = ?",
            String.class,
            clusterId)
        .stream()
        .findFirst();
  }

  /** A plain insert: two covenants drafted for one cluster at once break the primary key. */
  @Override
  public void add(String clusterId, String covenantId) {
    jdbc.update(
        "INSERT INTO cluster_covenant (cluster_id, covenant_id) VALUES (?, ?)",
        clusterId,
        covenantId);
  }
}
