package vn.thidua.query.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.recognition.GateResult;
import vn.thidua.events.recognition.NominationFacts;
import vn.thidua.events.recognition.Nominee;
import vn.thidua.events.recognition.StandingsBasis;
import vn.thidua.events.recognition.Title;

@Document(NominationDocument.COLLECTION)
record NominationDocument(
    @Id String nominationId,
    Title title,
    int emulationYear,
    Nominee nominee,
    StandingsBasis basis,
    NominationFacts facts,
    Boolean eligible,
    List<GateResult> gates,
    String ballotId,
    Boolean ballotPassed,
    String decisionNumber,
    LocalDate decidedOn,
    boolean revoked,
    Instant nominatedAt) {
  static final String COLLECTION = "recognition_nominations";

  NominationView toView() {
    List<GateResult> checked = gates == null ? List.of() : gates;
    return new NominationView(
        nominationId,
        title,
        emulationYear,
        nominee,
        basis,
        facts,
        status(),
        eligible,
        checked,
        checked.stream().filter(gate -> !gate.passed()).map(GateResult::reason).toList(),
        ballotId,
        ballotPassed,
        decisionNumber,
        decidedOn,
        revoked,
        nominatedAt);
  }

  private NominationStatus status() {
    if (revoked) {
      return NominationStatus.REVOKED;
    }
    if (decisionNumber != null) {
      return NominationStatus.AWARDED;
    }
    if (ballotId != null) {
      if (ballotPassed == null) {
        return NominationStatus.ON_BALLOT;
      }
      return ballotPassed ? NominationStatus.BALLOT_PASSED : NominationStatus.BALLOT_FAILED;
    }
    if (eligible == null) {
      return NominationStatus.NOMINATED;
    }
    return eligible ? NominationStatus.ELIGIBLE : NominationStatus.INELIGIBLE;
  }
}
