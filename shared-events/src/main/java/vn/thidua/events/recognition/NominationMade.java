package vn.thidua.events.recognition;

public record NominationMade(
    String nominationId,
    Title title,
    int emulationYear,
    Nominee nominee,
    StandingsBasis basis,
    NominationFacts facts) {}
