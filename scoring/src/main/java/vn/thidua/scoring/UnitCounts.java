package vn.thidua.scoring;

import java.math.BigDecimal;

/**
 * The raw counts of one unit over one period, by business date, from which {@link Metrics} derives
 * every metric. A null (boxed) count means the source does not know it: the metrics that need it
 * have no data, which is not the same as zero.
 *
 * @param accepted cases accepted by the end and not resolved before the start (carried over + new)
 * @param newlyAccepted cases accepted within the period and not carried over
 * @param resolved cases resolved within the period
 * @param annulledAmended subjective annulments and amendments decided within the period, a whole
 *     one counting 1 and a partial one 0.5
 * @param mediationEligibleResolved resolved cases of the types open to mediation or dialogue
 *     (civil, marriage and family, business and trade, labour, administrative)
 * @param mediationSuccessful of those, resolved by successful mediation or dialogue
 * @param courtMediationTransferred matters transferred to court mediation within the period
 * @param courtMediationSuccessful court mediations concluded successfully within the period
 * @param judgmentsEffective judgments that took effect within the period
 * @param judgmentsPublishedOnTime of those, published on the portal in time
 * @param onlineTrials verdicts within the period given at an online trial
 * @param modelTrials verdicts within the period given at a model trial (phiên tòa rút kinh nghiệm)
 * @param judges the judge count in force at the end of the period
 * @param judgesUsingVirtualAssistant distinct judges with a use of the virtual assistant recorded
 *     in a month of the period
 * @param virtualAssistantQa questions and answers contributed to the virtual assistant
 * @param overdueAtEnd cases pending at the end whose statutory deadline is before the end
 */
public record UnitCounts(
    long accepted,
    long newlyAccepted,
    long resolved,
    BigDecimal annulledAmended,
    Long mediationEligibleResolved,
    Long mediationSuccessful,
    Long courtMediationTransferred,
    Long courtMediationSuccessful,
    Long judgmentsEffective,
    Long judgmentsPublishedOnTime,
    long onlineTrials,
    long modelTrials,
    Integer judges,
    Long judgesUsingVirtualAssistant,
    Long virtualAssistantQa,
    Long overdueAtEnd) {

  /** Cases still pending at the end of the period. */
  public long pendingAtEnd() {
    return accepted - resolved;
  }

  /**
   * The counts of two units together, e.g. a provincial court with its lower courts (TAND 2 cấp). A
   * count one of them does not know counts as zero beside one the other knows; unknown by both, it
   * stays unknown.
   */
  public UnitCounts plus(UnitCounts other) {
    return new UnitCounts(
        accepted + other.accepted,
        newlyAccepted + other.newlyAccepted,
        resolved + other.resolved,
        zeroIfUnknown(annulledAmended).add(zeroIfUnknown(other.annulledAmended)),
        sum(mediationEligibleResolved, other.mediationEligibleResolved),
        sum(mediationSuccessful, other.mediationSuccessful),
        sum(courtMediationTransferred, other.courtMediationTransferred),
        sum(courtMediationSuccessful, other.courtMediationSuccessful),
        sum(judgmentsEffective, other.judgmentsEffective),
        sum(judgmentsPublishedOnTime, other.judgmentsPublishedOnTime),
        onlineTrials + other.onlineTrials,
        modelTrials + other.modelTrials,
        judges == null && other.judges == null
            ? null
            : (judges == null ? 0 : judges) + (other.judges == null ? 0 : other.judges),
        sum(judgesUsingVirtualAssistant, other.judgesUsingVirtualAssistant),
        sum(virtualAssistantQa, other.virtualAssistantQa),
        sum(overdueAtEnd, other.overdueAtEnd));
  }

  private static BigDecimal zeroIfUnknown(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static Long sum(Long one, Long other) {
    if (one == null && other == null) {
      return null;
    }
    return (one == null ? 0 : one) + (other == null ? 0 : other);
  }
}
