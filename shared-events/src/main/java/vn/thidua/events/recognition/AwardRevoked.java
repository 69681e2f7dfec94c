package vn.thidua.events.recognition;

import java.time.LocalDate;

public record AwardRevoked(
    String nominationId,
    String decisionNumber,
    Title title,
    int emulationYear,
    Nominee nominee,
    RevocationGround ground,
    String reason,
    LocalDate revokedOn) {}
