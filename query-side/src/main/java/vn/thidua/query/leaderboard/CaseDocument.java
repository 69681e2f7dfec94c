package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.events.caseload.CaseType;

/** A case as the leaderboards need it; a campaign launched later counts from these. */
@Document(CaseDocument.COLLECTION)
record CaseDocument(
    @Id String caseId,
    @Indexed String unitId,
    CaseType caseType,
    LocalDate acceptedOn,
    LocalDate resolvedOn) {
  static final String COLLECTION = "leaderboard_cases";

  Tally tallyIn(Period period) {
    return period.tallyOf(acceptedOn, resolvedOn);
  }
}
