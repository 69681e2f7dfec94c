package vn.thidua.events.campaign;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces the scoring table from phase {@code phaseId} on (that phase and the later ones), allowed
 * only before that phase starts and with a reason.
 */
public record ReviseCriteria(
    @TargetAggregateIdentifier String campaignId,
    String phaseId,
    List<Criterion> criteria,
    List<ScoreAdjustment> adjustments,
    List<EligibilityGate> gates,
    String reason) {
  public ReviseCriteria {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    gates = gates == null ? List.of() : List.copyOf(gates);
  }
}
