package vn.thidua.events.covenant;

import vn.thidua.events.problem.RuleBroken;

/** A covenant is for the emulation year its cluster was formed for. */
public class CovenantYearMismatch extends RuleBroken {
  public CovenantYearMismatch(String clusterId, int emulationYear) {
    super(
        "year",
        "covenant-year-of-the-cluster",
        "Cluster '" + clusterId + "' is formed for emulation year " + emulationYear);
  }
}
