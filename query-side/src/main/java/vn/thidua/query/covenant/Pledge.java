package vn.thidua.query.covenant;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.recognition.Title;

/** A member unit's signature: who signed, in which position, when, and the titles registered. */
public record Pledge(
    String unitId,
    String signerName,
    String signerRole,
    LocalDate signedOn,
    List<Title> registeredTitles) {}
