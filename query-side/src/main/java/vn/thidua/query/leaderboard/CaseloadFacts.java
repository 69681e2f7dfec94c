package vn.thidua.query.leaderboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.thidua.events.caseload.AppealCause;
import vn.thidua.events.caseload.AppealOutcomeRecorded;
import vn.thidua.events.caseload.AppealResult;
import vn.thidua.events.caseload.AppealScope;
import vn.thidua.events.caseload.CaseAccepted;
import vn.thidua.events.caseload.CaseType;
import vn.thidua.events.caseload.CourtMediationOutcome;
import vn.thidua.events.caseload.CourtMediationOutcomeRecorded;
import vn.thidua.events.caseload.JudgmentPublished;
import vn.thidua.events.caseload.JudgmentTookEffect;
import vn.thidua.events.caseload.MatterTransferredToCourtMediation;
import vn.thidua.events.caseload.VerdictOutcome;
import vn.thidua.events.caseload.VerdictRecorded;

/** What each caseload event counts, by business date; the events carry all it takes. */
final class CaseloadFacts {
  /** The types the procedure codes open to mediation (dialogue for administrative cases). */
  static final Set<CaseType> MEDIATION_ELIGIBLE =
      EnumSet.of(
          CaseType.CIVIL,
          CaseType.MARRIAGE_AND_FAMILY,
          CaseType.BUSINESS_AND_TRADE,
          CaseType.LABOUR,
          CaseType.ADMINISTRATIVE);

  private CaseloadFacts() {}

  static List<Fact> of(CaseAccepted event) {
    List<Fact> facts = new ArrayList<>(4);
    LocalDate on = event.acceptedOn();
    facts.add(new Fact(Counter.ACCEPTED, on, 1, event.caseType()));
    if (!event.carriedOver()) {
      facts.add(new Fact(Counter.NEWLY_ACCEPTED, on, 1, event.caseType()));
    }
    facts.add(new Fact(Counter.ACCEPTED_EPOCH_DAYS, on, on.toEpochDay(), event.caseType()));
    if (event.statutoryDeadline() != null) {
      facts.add(
          new Fact(
              Counter.OVERDUE_FROM,
              StatutoryDeadline.overdueFrom(on, event.statutoryDeadline()),
              1,
              event.caseType()));
    }
    return facts;
  }

  static List<Fact> of(VerdictRecorded event) {
    return of(event, StatutoryDeadline.of(event));
  }

  /** {@code deadline}: the statutory deadline of the case, null when the verdict does not say. */
  static List<Fact> of(VerdictRecorded event, LocalDate deadline) {
    List<Fact> facts = new ArrayList<>(8);
    LocalDate on = event.resolvedOn();
    CaseType type = event.caseType();
    facts.add(new Fact(Counter.RESOLVED, on, 1, type));
    facts.add(
        new Fact(Counter.RESOLVED_ACCEPTED_EPOCH_DAYS, on, event.acceptedOn().toEpochDay(), type));
    if (MEDIATION_ELIGIBLE.contains(type)) {
      facts.add(new Fact(Counter.MEDIATION_ELIGIBLE_RESOLVED, on, 1, type));
      if (event.outcome() == VerdictOutcome.MEDIATION_SUCCESS
          || event.outcome() == VerdictOutcome.DIALOGUE_SUCCESS) {
        facts.add(new Fact(Counter.MEDIATION_SUCCESSFUL, on, 1, type));
      }
    }
    if (event.onlineTrial()) {
      facts.add(new Fact(Counter.ONLINE_TRIALS, on, 1, type));
    }
    if (event.modelTrial()) {
      facts.add(new Fact(Counter.MODEL_TRIALS, on, 1, type));
    }
    if (deadline == null) {
      facts.add(new Fact(Counter.VERDICTS_WITHOUT_DEADLINE, on, 1, type));
    } else {
      LocalDate overdueFrom = StatutoryDeadline.overdueFrom(event.acceptedOn(), deadline);
      facts.add(
          on.isBefore(overdueFrom)
              // resolved in time: it never becomes overdue
              ? new Fact(Counter.OVERDUE_FROM, overdueFrom, -1, type)
              : new Fact(Counter.OVERDUE_ENDED, on, 1, type));
    }
    return facts;
  }

  /** Two partial subjective annulments or amendments count as one, so they count in halves. */
  static List<Fact> of(AppealOutcomeRecorded event) {
    if (event.result() == AppealResult.UPHELD || event.cause() != AppealCause.SUBJECTIVE) {
      return List.of();
    }
    long halves = event.scope() == AppealScope.PARTIAL ? 1 : 2;
    return List.of(
        new Fact(Counter.ANNULLED_AMENDED_HALVES, event.decidedOn(), halves, event.caseType()));
  }

  static List<Fact> of(JudgmentTookEffect event) {
    return List.of(new Fact(Counter.JUDGMENTS_EFFECTIVE, event.effectiveOn(), 1, event.caseType()));
  }

  static List<Fact> of(JudgmentPublished event) {
    if (event.late()) {
      return List.of();
    }
    return List.of(
        new Fact(Counter.JUDGMENTS_PUBLISHED_ON_TIME, event.effectiveOn(), 1, event.caseType()));
  }

  static List<Fact> of(MatterTransferredToCourtMediation event) {
    return List.of(
        new Fact(Counter.COURT_MEDIATION_TRANSFERRED, event.receivedOn(), 1, event.disputeType()));
  }

  static List<Fact> of(CourtMediationOutcomeRecorded event) {
    if (event.outcome() != CourtMediationOutcome.SUCCESS) {
      return List.of();
    }
    return List.of(
        new Fact(Counter.COURT_MEDIATION_SUCCESSFUL, event.concludedOn(), 1, event.disputeType()));
  }
}
