package vn.thidua.events.organisation;

/** Levels of the People's Courts; REGIONAL replaced DISTRICT on 1 July 2025. */
public enum CourtLevel {
  SUPREME,
  HIGH,
  PROVINCIAL,
  REGIONAL,
  DISTRICT
}
