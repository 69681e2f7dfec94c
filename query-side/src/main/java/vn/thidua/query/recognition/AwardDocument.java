package vn.thidua.query.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;

/** Keyed by the decision number, which is unique and names the award in the command API. */
@Document(AwardDocument.COLLECTION)
record AwardDocument(
    @Id String decisionNumber,
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
  static final String COLLECTION = "recognition_awards";

  AwardView toView() {
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
        gates == null ? List.of() : gates,
        revoked,
        revocation,
        recordedAt);
  }
}
