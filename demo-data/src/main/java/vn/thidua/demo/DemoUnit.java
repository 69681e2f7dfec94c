package vn.thidua.demo;

import vn.thidua.events.organisation.RegisterUnit;

/** A court unit of the demo and its relative caseload size (0 for a unit that records no cases). */
record DemoUnit(RegisterUnit registration, int caseloadWeight) {
  String unitId() {
    return registration.unitId();
  }

  int judges() {
    return registration.judges();
  }
}
