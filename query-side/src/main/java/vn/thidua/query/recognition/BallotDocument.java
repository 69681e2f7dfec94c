package vn.thidua.query.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.recognition.BallotItem;
import vn.thidua.events.recognition.BallotResult;
import vn.thidua.events.recognition.VoterKind;

/** Deliberately without voter ids of votes cast: only their number. */
@Document(BallotDocument.COLLECTION)
record BallotDocument(
    @Id String ballotId,
    List<BallotItem> items,
    VoterKind voterKind,
    List<String> voters,
    LocalDate closesOn,
    int votesCast,
    Instant openedAt,
    boolean closed,
    LocalDate closedOn,
    List<BallotResult> results,
    Boolean passed) {
  static final String COLLECTION = "recognition_ballots";

  /** An open ballot shows no tally, even if one were stored by mistake. */
  BallotView toView() {
    return new BallotView(
        ballotId,
        closed ? BallotStatus.CLOSED : BallotStatus.OPEN,
        items,
        voterKind,
        voters,
        closesOn,
        votesCast,
        openedAt,
        closed ? closedOn : null,
        closed && results != null ? results : List.of(),
        closed ? passed : null);
  }
}
