package vn.thidua.command.campaign.tally;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.scoring.UnitCounts;
import vn.thidua.scoring.UnitFigures;

/**
 * The tally in PostgreSQL, beside the events and updated in their transaction. Periods are
 * inclusive business dates with the leaderboard's semantics: accepted = acceptedOn ≤ end and (no
 * verdict or resolvedOn ≥ start); resolved = start ≤ resolvedOn ≤ end. It reads each unit's raw
 * {@link UnitCounts}; the scoring module turns them into metrics, as the live leaderboard does.
 */
@Component
class JdbcCampaignTally implements CampaignTally {
  /** The case types open to mediation (civil procedure) or dialogue (administrative procedure). */
  static final List<String> MEDIATION_TYPES =
      List.of(
          CaseType.CIVIL.name(),
          CaseType.MARRIAGE_AND_FAMILY.name(),
          CaseType.BUSINESS_AND_TRADE.name(),
          CaseType.LABOUR.name(),
          CaseType.ADMINISTRATIVE.name());

  private static final List<String> MEDIATION_SUCCESSES =
      List.of(VerdictOutcome.MEDIATION_SUCCESS.name(), VerdictOutcome.DIALOGUE_SUCCESS.name());

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  JdbcCampaignTally(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  @Override
  public Map<String, UnitFigures> figures(
      Collection<String> unitIds, LocalDate start, LocalDate end) {
    if (unitIds.isEmpty()) {
      return Map.of();
    }
    MapSqlParameterSource parameters =
        new MapSqlParameterSource()
            .addValue("units", unitIds)
            .addValue("start", start)
            .addValue("end", end)
            .addValue("firstMonth", YearMonth.from(start).atDay(1))
            .addValue("mediationTypes", MEDIATION_TYPES)
            .addValue("mediationSuccesses", MEDIATION_SUCCESSES);
    Map<String, CaseCounts> cases = caseCounts(parameters);
    Map<String, CourtMediationCounts> courtMediation = courtMediation(parameters);
    Map<String, Long> virtualAssistantJudges = new HashMap<>();
    Map<String, Long> virtualAssistantQa = new HashMap<>();
    named.query(
        """
        SELECT unit_id, count(DISTINCT judge_id) AS judges, sum(questions_answers) AS qa
        FROM campaign_tally_virtual_assistant
        WHERE unit_id IN (:units) AND month BETWEEN :firstMonth AND :end
        GROUP BY unit_id
        """,
        parameters,
        row -> {
          virtualAssistantJudges.put(row.getString("unit_id"), row.getLong("judges"));
          virtualAssistantQa.put(row.getString("unit_id"), row.getLong("qa"));
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
      CaseCounts unitCases = cases.getOrDefault(unitId, CaseCounts.NONE);
      CourtMediationCounts mediations =
          courtMediation.getOrDefault(unitId, CourtMediationCounts.NONE);
      UnitCounts counts =
          new UnitCounts(
              unitCases.accepted(),
              unitCases.newlyAccepted(),
              unitCases.resolved(),
              unitCases.annulledAmended(),
              unitCases.mediationEligibleResolved(),
              unitCases.mediationSuccessful(),
              mediations.transferred(),
              mediations.successful(),
              unitCases.judgmentsEffective(),
              unitCases.judgmentsPublishedOnTime(),
              unitCases.onlineTrials(),
              unitCases.modelTrials(),
              judges.get(unitId),
              virtualAssistantJudges.getOrDefault(unitId, 0L),
              virtualAssistantQa.getOrDefault(unitId, 0L),
              unitCases.overdueAtEnd());
      figures.put(unitId, UnitFigures.of(unitId, counts));
    }
    return figures;
  }

  private Map<String, CaseCounts> caseCounts(MapSqlParameterSource parameters) {
    Map<String, CaseCounts> counts = new HashMap<>();
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
                     FILTER (WHERE appeal_decided_on BETWEEN :start AND :end), 0) AS annulled,
          count(*) FILTER (WHERE resolved_on BETWEEN :start AND :end
                             AND case_type IN (:mediationTypes)) AS mediation_eligible,
          count(*) FILTER (WHERE resolved_on BETWEEN :start AND :end
                             AND case_type IN (:mediationTypes)
                             AND outcome IN (:mediationSuccesses)) AS mediation_successful,
          count(*) FILTER (WHERE effective_on BETWEEN :start AND :end) AS effective,
          count(*) FILTER (WHERE effective_on BETWEEN :start AND :end
                             AND published_on_time) AS published_on_time,
          count(*) FILTER (WHERE accepted_on <= :end
                             AND (resolved_on IS NULL OR resolved_on > :end)
                             AND statutory_deadline < :end) AS overdue
        FROM campaign_tally_case
        WHERE unit_id IN (:units)
        GROUP BY unit_id
        """,
        parameters,
        row -> {
          counts.put(
              row.getString("unit_id"),
              new CaseCounts(
                  row.getLong("accepted"),
                  row.getLong("newly_accepted"),
                  row.getLong("resolved"),
                  row.getBigDecimal("annulled"),
                  row.getLong("mediation_eligible"),
                  row.getLong("mediation_successful"),
                  row.getLong("effective"),
                  row.getLong("published_on_time"),
                  row.getLong("online"),
                  row.getLong("model"),
                  row.getLong("overdue")));
        });
    return counts;
  }

  /** Per unit: matters transferred (by receipt) and mediated successfully (by conclusion). */
  private Map<String, CourtMediationCounts> courtMediation(MapSqlParameterSource parameters) {
    Map<String, CourtMediationCounts> counts = new HashMap<>();
    named.query(
        """
        SELECT unit_id,
          count(*) FILTER (WHERE received_on BETWEEN :start AND :end) AS transferred,
          count(*) FILTER (WHERE concluded_on BETWEEN :start AND :end AND successful) AS successful
        FROM campaign_tally_court_mediation
        WHERE unit_id IN (:units)
        GROUP BY unit_id
        """,
        parameters,
        row -> {
          counts.put(
              row.getString("unit_id"),
              new CourtMediationCounts(row.getLong("transferred"), row.getLong("successful")));
        });
    return counts;
  }

  void caseAccepted(
      String caseId,
      String unitId,
      String caseType,
      LocalDate acceptedOn,
      boolean carriedOver,
      LocalDate statutoryDeadline) {
    jdbc.update(
        """
        INSERT INTO campaign_tally_case (case_id, unit_id, case_type, accepted_on, carried_over,
                                         statutory_deadline)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) DO NOTHING
        """,
        caseId,
        unitId,
        caseType,
        acceptedOn,
        carriedOver,
        statutoryDeadline);
  }

  void verdictRecorded(
      String caseId,
      String unitId,
      String caseType,
      LocalDate acceptedOn,
      LocalDate resolvedOn,
      String outcome,
      boolean onlineTrial,
      boolean modelTrial,
      LocalDate statutoryDeadline) {
    jdbc.update(
        """
        INSERT INTO campaign_tally_case (case_id, unit_id, case_type, accepted_on, carried_over,
                                         resolved_on, outcome, online_trial, model_trial,
                                         statutory_deadline)
        VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?)
        ON CONFLICT (case_id) DO UPDATE SET resolved_on = EXCLUDED.resolved_on,
          outcome = EXCLUDED.outcome, online_trial = EXCLUDED.online_trial,
          model_trial = EXCLUDED.model_trial,
          statutory_deadline = coalesce(EXCLUDED.statutory_deadline,
                                        campaign_tally_case.statutory_deadline)
        """,
        caseId,
        unitId,
        caseType,
        acceptedOn,
        resolvedOn,
        outcome,
        onlineTrial,
        modelTrial,
        statutoryDeadline);
  }

  void appealDecided(String caseId, LocalDate decidedOn, BigDecimal annulledAmendedWeight) {
    jdbc.update(
        "UPDATE campaign_tally_case SET appeal_decided_on = ?, annulled_amended_weight = ?"
            + " WHERE case_id = ?",
        decidedOn,
        annulledAmendedWeight,
        caseId);
  }

  void judgmentTookEffect(String caseId, LocalDate effectiveOn) {
    jdbc.update(
        "UPDATE campaign_tally_case SET effective_on = ? WHERE case_id = ?", effectiveOn, caseId);
  }

  void judgmentPublished(String caseId, boolean late) {
    jdbc.update(
        "UPDATE campaign_tally_case SET published_on_time = ? WHERE case_id = ?", !late, caseId);
  }

  void courtMediationTransferred(String mediationId, String unitId, LocalDate receivedOn) {
    jdbc.update(
        """
        INSERT INTO campaign_tally_court_mediation (mediation_id, unit_id, received_on)
        VALUES (?, ?, ?) ON CONFLICT (mediation_id) DO NOTHING
        """,
        mediationId,
        unitId,
        receivedOn);
  }

  void courtMediationConcluded(
      String mediationId,
      String unitId,
      LocalDate receivedOn,
      LocalDate concludedOn,
      boolean successful) {
    jdbc.update(
        """
        INSERT INTO campaign_tally_court_mediation
          (mediation_id, unit_id, received_on, concluded_on, successful)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (mediation_id) DO UPDATE SET concluded_on = EXCLUDED.concluded_on,
          successful = EXCLUDED.successful
        """,
        mediationId,
        unitId,
        receivedOn,
        concludedOn,
        successful);
  }

  /** The month's Q&A figure; a correction replaces it. */
  void virtualAssistantUsed(String judgeId, String unitId, YearMonth month, int questionsAnswers) {
    jdbc.update(
        """
        INSERT INTO campaign_tally_virtual_assistant (judge_id, unit_id, month, questions_answers)
        VALUES (?, ?, ?, ?)
        ON CONFLICT (unit_id, month, judge_id)
          DO UPDATE SET questions_answers = EXCLUDED.questions_answers
        """,
        judgeId,
        unitId,
        month.atDay(1),
        questionsAnswers);
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

  /** The counts read from campaign_tally_case for one unit. */
  private record CaseCounts(
      long accepted,
      long newlyAccepted,
      long resolved,
      BigDecimal annulledAmended,
      long mediationEligibleResolved,
      long mediationSuccessful,
      long judgmentsEffective,
      long judgmentsPublishedOnTime,
      long onlineTrials,
      long modelTrials,
      long overdueAtEnd) {
    static final CaseCounts NONE = new CaseCounts(0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Matters transferred to court mediation in a period and those mediated successfully in it. */
  private record CourtMediationCounts(long transferred, long successful) {
    static final CourtMediationCounts NONE = new CourtMediationCounts(0, 0);
  }
}
