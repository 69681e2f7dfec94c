package vn.thidua.command.campaign.tally;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.scoring.UnitFigures;

/**
 * The tally in PostgreSQL, beside the events and updated in their transaction. Periods are
 * inclusive business dates with the leaderboard's semantics: accepted = acceptedOn ≤ end and (no
 * verdict or resolvedOn ≥ start); resolved = start ≤ resolvedOn ≤ end.
 */
@Component
class JdbcCampaignTally implements CampaignTally {
  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcCampaignTally(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  @Override
  public Map<String, UnitFigures> figures(
      Collection<String> unitIds, LocalDate start, LocalDate end) {
    Map<String, PeriodCounts> counts = new HashMap<>();
    if (unitIds.isEmpty()) {
      return Map.of();
    }
    MapSqlParameterSource parameters =
        new MapSqlParameterSource()
            .addValue("units", unitIds)
            .addValue("start", start)
            .addValue("end", end);
    named.query(
        """
        SELECT unit_id,
          count(*) FILTER (WHERE accepted_on <= :end
                             AND (resolved_on IS NULL OR resolved_on >= :start)) AS accepted,
          count(*) FILTER (WHERE resolved_on BETWEEN :start AND :end) AS resolved,
          count(*) FILTER (WHERE accepted_on BETWEEN :start AND :end
                             AND NOT carried_over) AS newly_accepted,
          count(*) FILTER (WHERE resolved_on BETWEEN :start AND :end AND online_trial) AS online,
          count(*) FILTER (WHERE resolved_on BETWEEN :start AND :end AND model_trial) AS model,
          coalesce(sum(annulled_amended_weight)
                     FILTER (WHERE appeal_decided_on BETWEEN :start AND :end), 0) AS annulled
        FROM campaign_tally_case
        WHERE unit_id IN (:units)
        GROUP BY unit_id
        """,
        parameters,
        row -> {
          counts.put(
              row.getString("unit_id"),
              new PeriodCounts(
                  row.getLong("accepted"),
                  row.getLong("resolved"),
                  row.getLong("newly_accepted"),
                  row.getLong("online"),
                  row.getLong("model"),
                  row.getBigDecimal("annulled"),
                  null));
        });
    Map<String, Integer> judges = new HashMap<>();
    named.query(
        """
        SELECT DISTINCT ON (unit_id) unit_id, judges
        FROM campaign_tally_judges
        WHERE unit_id IN (:units) AND effective_from <= :end
        ORDER BY unit_id, effective_from DESC
        """,
        parameters,
        row -> {
          judges.put(row.getString("unit_id"), row.getInt("judges"));
        });
    Map<String, UnitFigures> figures = new LinkedHashMap<>();
    for (String unitId : unitIds) {
      PeriodCounts unitCounts =
          counts.getOrDefault(unitId, PeriodCounts.NONE).withJudges(judges.get(unitId));
      figures.put(unitId, UnitFigures.of(unitId, unitCounts.toUnitCounts()));
    }
    return figures;
  }

  void caseAccepted(
      String caseId, String unitId, String caseType, LocalDate acceptedOn, boolean carriedOver) {
    jdbc.update(
        """
        INSERT INTO campaign_tally_case (case_id, unit_id, case_type, accepted_on, carried_over)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING
        """,
        caseId,
        unitId,
        caseType,
        acceptedOn,
        carriedOver);
  }

  void verdictRecorded(
      String caseId,
      String unitId,
      String caseType,
      LocalDate acceptedOn,
      LocalDate resolvedOn,
      String outcome,
      boolean onlineTrial,
      boolean modelTrial) {
    jdbc.update(
        """
        INSERT INTO campaign_tally_case (case_id, unit_id, case_type, accepted_on, carried_over,
                                         resolved_on, outcome, online_trial, model_trial)
        VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, ?)
        ON CONFLICT (case_id) DO UPDATE SET resolved_on = EXCLUDED.resolved_on,
          outcome = EXCLUDED.outcome, online_trial = EXCLUDED.online_trial,
          model_trial = EXCLUDED.model_trial
        """,
        caseId,
        unitId,
        caseType,
        acceptedOn,
        resolvedOn,
        outcome,
        onlineTrial,
        modelTrial);
  }

  void appealDecided(String caseId, LocalDate decidedOn, BigDecimal annulledAmendedWeight) {
    jdbc.update(
        "UPDATE campaign_tally_case SET appeal_decided_on = ?, annulled_amended_weight = ?"
            + " WHERE case_id = ?",
        decidedOn,
        annulledAmendedWeight,
        caseId);
  }

  void judgesSince(String unitId, LocalDate effectiveFrom, int judges) {
    String from = effectiveFrom == null ? "DATE '-infinity'" : "?";
    Object[] arguments =
        effectiveFrom == null
            ? new Object[] {unitId, judges}
            : new Object[] {unitId, effectiveFrom, judges};
    jdbc.update(
        "INSERT INTO campaign_tally_judges (unit_id, effective_from, judges) VALUES (?, "
            + from
            + ", ?) ON CONFLICT (unit_id, effective_from) DO UPDATE SET judges = EXCLUDED.judges",
        arguments);
  }
}
