package vn.thidua.query.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.NominationFacts;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;

/**
 * A nomination (đề nghị khen thưởng) with its eligibility: {@code eligible} (null until assessed),
 * every gate with its figure and limit, and the reasons of the gates that failed; then its ballot,
 * its award decision and whether that was revoked.
 */
public record NominationView(
    String nominationId,
    Title title,
    int emulationYear,
    Nominee nominee,
    StandingsBasis basis,
    NominationFacts facts,
    NominationStatus status,
    Boolean eligible,
    List<GateResult> gates,
    List<String> failedGateReasons,
    String ballotId,
    Boolean ballotPassed,
    String decisionNumber,
    LocalDate decidedOn,
    boolean revoked,
    Instant nominatedAt) {

  /** The same with another form of the nominee (its name revealed for the reader). */
  public NominationView withNominee(Nominee nominee) {
    return new NominationView(
        nominationId,
        title,
        emulationYear,
        nominee,
        basis,
        facts,
        status,
        eligible,
        gates,
        failedGateReasons,
        ballotId,
        ballotPassed,
        decisionNumber,
        decidedOn,
        revoked,
        nominatedAt);
  }
}
