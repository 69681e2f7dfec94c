package vn.thidua.command.recognition;

import java.util.Map;
import vn.thidua.events.recognition.VoteChoice;

/**
 * The secret ballot box: it learns choices but never who made them. It keeps one counter per
 * nomination and choice, no row per vote and no time, so nothing stored links a voter to a choice.
 */
interface BallotBox {
  void deposit(String ballotId, Map<String, VoteChoice> choices);

  /** Votes per nomination and choice; opened only when the ballot closes. */
  Map<String, Map<VoteChoice, Integer>> count(String ballotId);
}
