package vn.thidua.query.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;

/**
 * An award decision (quyết định khen thưởng): its number, date, signer and deciding authority, the
 * ballot and figures it relied on, and its revocation if any ({@code revocation} null otherwise).
 */
public record AwardView(
    String decisionNumber,
    String nominationId,
    Title title,
    int emulationYear,
    Nominee nominee,
    LocalDate decidedOn,
    String signer,
    String deciderUnitId,
    boolean decidedExternally,
    String ballotId,
    StandingsBasis basis,
    List<GateResult> gates,
    boolean revoked,
    Revocation revocation,
    Instant recordedAt) {

  /** The same with another form of the nominee (its name revealed for the reader). */
  public AwardView withNominee(Nominee nominee) {
    return new AwardView(
        decisionNumber,
        nominationId,
        title,
        emulationYear,
        nominee,
        decidedOn,
        signer,
        deciderUnitId,
        decidedExternally,
        ballotId,
        basis,
        gates,
        revoked,
        revocation,
        recordedAt);
  }
}
