package vn.thidua.events.covenant;

import java.time.LocalDate;
import java.util.List;

/** Every member has signed; {@code concludedOn} is the date of the latest signature. */
public record CovenantConcluded(
    String covenantId,
    String clusterId,
    int year,
    List<String> memberUnitIds,
    LocalDate concludedOn) {}
