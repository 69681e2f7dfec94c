package vn.thidua.command.recognition;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.events.recognition.VoteChoice;

/**
 * The ballot box in PostgreSQL, written in the transaction that appends the VoteCast event: if the
 * append loses a race and rolls back, the paper is taken out of the box with it.
 */
@Component
class JdbcBallotBox implements BallotBox {
  private final JdbcTemplate jdbc;

  JdbcBallotBox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void deposit(String ballotId, Map<String, VoteChoice> choices) {
    choices.forEach(
        (nominationId, choice) ->
            jdbc.update(
                """
                INSERT INTO recognition_ballot_box (ballot_id, nomination_id, choice, votes)
                VALUES (?, ?, ?, 1)
                ON CONFLICT (ballot_id, nomination_id, choice)
                DO UPDATE SET votes = recognition_ballot_box.votes + 1
                """,
                ballotId,
                nominationId,
                choice.name()));
  }

  @Override
  public Map<String, Map<VoteChoice, Integer>> count(String ballotId) {
    Map<String, Map<VoteChoice, Integer>> counts = new HashMap<>();
    jdbc.query(
        "SELECT nomination_id, choice, votes FROM recognition_ballot_box WHERE ballot_id = ?",
        row -> {
          counts
              .computeIfAbsent(
                  row.getString("nomination_id"), id -> new EnumMap<>(VoteChoice.class))
              .put(VoteChoice.valueOf(row.getString("choice")), row.getInt("votes"));
        },
        ballotId);
    return counts;
  }
}
