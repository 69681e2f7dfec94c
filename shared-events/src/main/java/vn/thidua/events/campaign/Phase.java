package vn.thidua.events.campaign;

import java.time.LocalDate;

/** A time-boxed part of a campaign (đợt thi đua); both dates are inclusive. */
public record Phase(
    String phaseId, String name, String theme, LocalDate startsOn, LocalDate endsOn) {
  public boolean covers(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  public boolean overlaps(Phase other) {
    return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
  }
}
