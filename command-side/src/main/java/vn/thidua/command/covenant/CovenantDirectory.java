package vn.thidua.command.covenant;

import java.util.Optional;

/** Which cluster has which covenant, so a cluster signs one covenant for its year. */
interface CovenantDirectory {
  Optional<String> covenantOf(String clusterId);

  void add(String clusterId, String covenantId);
}
