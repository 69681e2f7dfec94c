package vn.thidua.command.recognition;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.events.campaign.CriterionFigure;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.events.campaign.Metric;
import vn.thidua.events.campaign.PhaseStandingsFrozen;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.events.organisation.StaffCountChanged;
import vn.thidua.events.organisation.StaffMemberRegistered;
import vn.thidua.events.organisation.StaffMemberTransferred;
import vn.thidua.events.recognition.AwardDecided;
import vn.thidua.events.recognition.AwardRevoked;
import vn.thidua.events.recognition.BallotClosed;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotOpened;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.NominationEligibilityAssessed;
import vn.thidua.events.recognition.NominationMade;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.Title;

/** The recognition register in PostgreSQL; every write is idempotent, as redeliveries happen. */
@Component
class JdbcRecognitionRegister implements RecognitionRegister {
  private final JdbcTemplate jdbc;

  JdbcRecognitionRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<CourtLevel> levelOf(String unitId) {
    return jdbc
        .queryForList("SELECT level FROM recognition_unit WHERE unit_id = ?", String.class, unitId)
        .stream()
        .findFirst()
        .map(CourtLevel::valueOf);
  }

  @Override
  public boolean isFrozen(String campaignId, String phaseId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM recognition_frozen_phase WHERE campaign_id = ? AND phase_id = ?)",
            Boolean.class,
            campaignId,
            phaseId));
  }

  @Override
  public Optional<FrozenFigures> standingOf(String campaignId, String phaseId, String unitId) {
    return jdbc
        .query(
            """
            SELECT annulled_rate, failed_gates FROM recognition_frozen_standing
            WHERE campaign_id = ? AND phase_id = ? AND unit_id = ?
            """,
            (row, number) ->
                new FrozenFigures(
                    row.getBigDecimal("annulled_rate"),
                    Arrays.stream(row.getString("failed_gates").split("\n"))
                        .filter(gate -> !gate.isBlank())
                        .toList()),
            campaignId,
            phaseId,
            unitId)
        .stream()
        .findFirst();
  }

  @Override
  public boolean alreadyNominated(Title title, int emulationYear, Nominee nominee) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            """
            SELECT EXISTS (SELECT 1 FROM recognition_nomination
              WHERE title = ? AND emulation_year = ? AND unit_id = ?
                AND person_id IS NOT DISTINCT FROM ?
                AND eligible IS TRUE AND ballot_passed IS NOT FALSE AND NOT revoked)
            """,
            Boolean.class,
            title.name(),
            emulationYear,
            nominee.unitId(),
            nominee.personId()));
  }

  @Override
  public int grassrootsCountedAgainstQuota(String unitId, int emulationYear) {
    Integer count =
        jdbc.queryForObject(
            """
            SELECT count(*) FROM recognition_nomination
            WHERE title = ? AND emulation_year = ? AND unit_id = ?
              AND eligible IS TRUE AND ballot_passed IS NOT FALSE AND NOT revoked
            """,
            Integer.class,
            Title.GRASSROOTS_EMULATION_FIGHTER.name(),
            emulationYear,
            unitId);
    return count == null ? 0 : count;
  }

  @Override
  public Set<Integer> yearsAwarded(Title title, String personId) {
    return new HashSet<>(
        jdbc.queryForList(
            """
            SELECT emulation_year FROM recognition_nomination
            WHERE person_id = ? AND title = ? AND decision_number IS NOT NULL AND NOT revoked
            """,
            Integer.class,
            personId,
            title.name()));
  }

  @Override
  public int membersOf(String unitId) {
    Integer count =
        jdbc.queryForObject(
            "SELECT count(*) FROM recognition_staff WHERE unit_id = ?", Integer.class, unitId);
    return count == null ? 0 : count;
  }

  @Override
  public int advancedWorkersOf(String unitId, int emulationYear) {
    Integer count =
        jdbc.queryForObject(
            """
            SELECT count(DISTINCT staff.staff_id) FROM recognition_staff staff
            JOIN recognition_nomination award ON award.person_id = staff.staff_id
            WHERE staff.unit_id = ? AND award.title = ? AND award.emulation_year = ?
              AND award.decision_number IS NOT NULL AND NOT award.revoked
            """,
            Integer.class,
            unitId,
            Title.ADVANCED_WORKER.name(),
            emulationYear);
    return count == null ? 0 : count;
  }

  @Override
  public OptionalInt staffCountOf(String unitId, LocalDate day) {
    return jdbc
        .queryForList(
            """
            SELECT staff FROM recognition_staff_count WHERE unit_id = ? AND effective_from <= ?
            ORDER BY effective_from DESC LIMIT 1
            """,
            Integer.class,
            unitId,
            day)
        .stream()
        .mapToInt(Integer::intValue)
        .findFirst();
  }

  @Override
  public Optional<NominationState> nomination(String nominationId) {
    return jdbc
        .query(
            """
            SELECT title, eligible, ballot_id, ballot_passed FROM recognition_nomination
            WHERE nomination_id = ?
            """,
            (row, number) ->
                new NominationState(
                    nominationId,
                    Title.valueOf(row.getString("title")),
                    row.getObject("eligible", Boolean.class),
                    row.getString("ballot_id"),
                    row.getObject("ballot_passed", Boolean.class)),
            nominationId)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<String> nominationOfDecision(String decisionNumber) {
    return jdbc
        .queryForList(
            "SELECT nomination_id FROM recognition_nomination WHERE decision_number = ?",
            String.class,
            decisionNumber)
        .stream()
        .findFirst();
  }

  @Override
  public void unitRegistered(String unitId, CourtLevel level) {
    jdbc.update(
        "INSERT INTO recognition_unit (unit_id, level) VALUES (?, ?) ON CONFLICT DO NOTHING",
        unitId,
        level.name());
  }

  @Override
  public void staffMemberRegistered(StaffMemberRegistered event) {
    jdbc.update(
        """
        INSERT INTO recognition_staff (staff_id, unit_id, effective_on) VALUES (?, ?, ?)
        ON CONFLICT DO NOTHING
        """,
        event.staffId(),
        event.unitId(),
        event.registeredOn());
  }

  /** A redelivered older transfer never moves the member back. */
  @Override
  public void staffMemberTransferred(StaffMemberTransferred event) {
    jdbc.update(
        """
        UPDATE recognition_staff SET unit_id = ?, effective_on = ?
        WHERE staff_id = ? AND (effective_on IS NULL OR effective_on <= ?)
        """,
        event.toUnitId(),
        event.effectiveOn(),
        event.staffId(),
        event.effectiveOn());
  }

  @Override
  public void staffCountChanged(StaffCountChanged event) {
    jdbc.update(
        """
        INSERT INTO recognition_staff_count (unit_id, effective_from, staff) VALUES (?, ?, ?)
        ON CONFLICT (unit_id, effective_from) DO UPDATE SET staff = EXCLUDED.staff
        """,
        event.unitId(),
        event.effectiveFrom(),
        event.staff());
  }

  @Override
  public void standingsFrozen(PhaseStandingsFrozen event) {
    jdbc.update(
        """
        INSERT INTO recognition_frozen_phase (campaign_id, phase_id, ended_on) VALUES (?, ?, ?)
        ON CONFLICT DO NOTHING
        """,
        event.campaignId(),
        event.phaseId(),
        event.endedOn());
    List<Object[]> rows =
        event.standings().stream()
            .map(
                standing ->
                    new Object[] {
                      event.campaignId(),
                      event.phaseId(),
                      standing.unitId(),
                      annulledRate(standing),
                      standing.failedGates() == null
                          ? ""
                          : String.join("\n", standing.failedGates())
                    })
            .toList();
    jdbc.batchUpdate(
        """
        INSERT INTO recognition_frozen_standing
          (campaign_id, phase_id, unit_id, annulled_rate, failed_gates) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING
        """,
        rows);
  }

  /** Null when the phase had no annulled-rate figure, or no data for it ("no data" is null). */
  private static Object annulledRate(FrozenStanding standing) {
    if (standing.figures() == null) {
      return null;
    }
    return standing.figures().stream()
        .filter(figure -> figure.metric() == Metric.ANNULLED_AMENDED_RATE)
        .findFirst()
        .map(CriterionFigure::actual)
        .orElse(null);
  }

  @Override
  public void nominated(NominationMade event) {
    jdbc.update(
        """
        INSERT INTO recognition_nomination
          (nomination_id, title, emulation_year, unit_id, person_id) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT DO NOTHING
        """,
        event.nominationId(),
        event.title().name(),
        event.emulationYear(),
        event.nominee().unitId(),
        event.nominee().personId());
  }

  @Override
  public void assessed(NominationEligibilityAssessed event) {
    jdbc.update(
        "UPDATE recognition_nomination SET eligible = ? WHERE nomination_id = ?",
        event.passed(),
        event.nominationId());
  }

  @Override
  public void ballotOpened(BallotOpened event) {
    for (BallotItem item : event.items()) {
      jdbc.update(
          "UPDATE recognition_nomination SET ballot_id = ?, ballot_passed = NULL WHERE nomination_id = ?",
          event.ballotId(),
          item.nominationId());
    }
  }

  @Override
  public void ballotClosed(BallotClosed event) {
    for (BallotResult result : event.results()) {
      jdbc.update(
          "UPDATE recognition_nomination SET ballot_passed = ? WHERE nomination_id = ? AND ballot_id = ?",
          result.passed(),
          result.nominationId(),
          event.ballotId());
    }
  }

  @Override
  public void awardDecided(AwardDecided event) {
    jdbc.update(
        "UPDATE recognition_nomination SET decision_number = ? WHERE nomination_id = ?",
        event.decisionNumber(),
        event.nominationId());
  }

  @Override
  public void awardRevoked(AwardRevoked event) {
    jdbc.update(
        "UPDATE recognition_nomination SET revoked = TRUE WHERE nomination_id = ?",
        event.nominationId());
  }
}
