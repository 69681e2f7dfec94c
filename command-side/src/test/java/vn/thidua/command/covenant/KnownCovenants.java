package vn.thidua.command.covenant;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The covenant directory's contract held in a map, for aggregate tests without a database. */
final class KnownCovenants implements CovenantDirectory {
  private final Map<String, String> covenants = new HashMap<>();

  @Override
  public Optional<String> covenantOf(String clusterId) {
    return Optional.ofNullable(covenants.get(clusterId));
  }

  @Override
  public void add(String clusterId, String covenantId) {
    covenants.putIfAbsent(clusterId, covenantId);
  }
}
