package vn.thidua.events.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * The competent authority's numbered decision (quyết định khen thưởng), with who signed it, the
 * ballot it followed and the gate figures it relied on. {@code decidedExternally} marks titles the
 * Prime Minister decides: the court records the decision, it does not take it.
 */
public record AwardDecided(
    String nominationId,
    String decisionNumber,
    Title title,
    int emulationYear,
    Nominee nominee,
    LocalDate decidedOn,
    String signer,
    String deciderUnitId,
    boolean decidedExternally,
    String ballotId,
    StandingsBasis basis,
    List<GateResult> gates) {}
