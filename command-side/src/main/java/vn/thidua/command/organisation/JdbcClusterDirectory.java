package vn.thidua.command.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The cluster directory in PostgreSQL, beside the events and updated in their transaction. */
@Component
class JdbcClusterDirectory implements ClusterDirectory {
  private final JdbcTemplate jdbc;

  JdbcClusterDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<FormedCluster> find(String clusterId) {
    List<String> members =
        jdbc.queryForList(
            "SELECT unit_id FROM cluster_member WHERE cluster_id = ? ORDER BY position",
            String.class,
            clusterId);
    return jdbc
        .query(
            "SELECT emulation_year, chair_unit_id, deputy_unit_id FROM formed_cluster"
                + " WHERE cluster_id = ?",
            (row, number) ->
                new FormedCluster(
                    clusterId,
                    row.getInt("emulation_year"),
                    members,
                    row.getString("chair_unit_id"),
                    row.getString("deputy_unit_id")),
            clusterId)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<String> clusterOf(String unitId, int emulationYear) {
    return jdbc
        .queryForList(
            "SELECT cluster_id FROM cluster_member WHERE unit_id = ? AND emulation_year = ?",
            String.class,
            unitId,
            emulationYear)
        .stream()
        .findFirst();
  }

  /**
   * Plain inserts: a unit taken by two clusters of one year at the same moment breaks the unique
   * key, the transaction rolls back and the retried command sees the other cluster.
   */
  @Override
  public void add(FormedCluster cluster) {
    jdbc.update(
        "INSERT INTO formed_cluster (cluster_id, emulation_year, chair_unit_id, deputy_unit_id)"
            + " VALUES (?, ?, ?, ?)",
        cluster.clusterId(),
        cluster.emulationYear(),
        cluster.chairUnitId(),
        cluster.deputyUnitId());
    List<String> members = cluster.memberUnitIds();
    for (int position = 0; position < members.size(); position++) {
      jdbc.update(
          "INSERT INTO cluster_member (cluster_id, unit_id, emulation_year, position)"
              + " VALUES (?, ?, ?, ?)",
          cluster.clusterId(),
          members.get(position),
          cluster.emulationYear(),
          position);
    }
  }

  @Override
  public void changeLeadership(String clusterId, String chairUnitId, String deputyUnitId) {
    jdbc.update(
        "UPDATE formed_cluster SET chair_unit_id = ?, deputy_unit_id = ? WHERE cluster_id = ?",
        chairUnitId,
        deputyUnitId,
        clusterId);
  }
}
