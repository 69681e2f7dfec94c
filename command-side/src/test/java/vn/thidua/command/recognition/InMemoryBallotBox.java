package vn.thidua.command.recognition;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import vn.thidua.events.recognition.VoteChoice;

final class InMemoryBallotBox implements BallotBox {
  private final Map<String, Map<String, Map<VoteChoice, Integer>>> boxes = new HashMap<>();

  @Override
  public void deposit(String ballotId, Map<String, VoteChoice> choices) {
    choices.forEach(
        (nominationId, choice) ->
            boxes
                .computeIfAbsent(ballotId, id -> new HashMap<>())
                .computeIfAbsent(nominationId, id -> new EnumMap<>(VoteChoice.class))
                .merge(choice, 1, Integer::sum));
  }

  @Override
  public Map<String, Map<VoteChoice, Integer>> count(String ballotId) {
    return boxes.getOrDefault(ballotId, Map.of());
  }
}
