package vn.thidua.query.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.thidua.events.audit.AuditEntryView;
import vn.thidua.events.audit.AuditPeriodReversed;
import vn.thidua.events.audit.FindAuditTrail;
import vn.thidua.events.audit.UnknownDecisionType;

/**
 * Answers the trail newest first. Decisions are few next to the caseload (thousands a year, not
 * millions), so filtering by field is cheap even where the store scans the collection.
 */
@Component
class AuditTrailQueries {
  static final List<String> DECISION_TYPES =
      List.of(
          "CampaignLaunched",
          "CriteriaRevised",
          "PhaseStandingsFrozen",
          "CampaignClosed",
          "CovenantDrafted",
          "PledgeSigned",
          "CovenantConcluded",
          "NominationMade",
          "NominationEligibilityAssessed",
          "BallotOpened",
          "BallotClosed",
          "AwardDecided",
          "AwardRevoked");
  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("_id"));

  private final MongoTemplate mongo;

  AuditTrailQueries(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @QueryHandler
  List<AuditEntryView> handle(FindAuditTrail query) {
    Query matching = new Query().with(NEWEST_FIRST);
    if (StringUtils.hasText(query.campaignId())) {
      matching.addCriteria(where("campaignId").is(query.campaignId()));
    }
    if (StringUtils.hasText(query.unitId())) {
      matching.addCriteria(where("unitIds").is(query.unitId()));
    }
    if (StringUtils.hasText(query.actor())) {
      matching.addCriteria(where("actorUserId").is(query.actor()));
    }
    if (StringUtils.hasText(query.decisionType())) {
      if (!DECISION_TYPES.contains(query.decisionType())) {
        throw new UnknownDecisionType(query.decisionType(), DECISION_TYPES);
      }
      matching.addCriteria(where("decisionType").is(query.decisionType()));
    }
    if (query.from() != null && query.to() != null && !query.to().isAfter(query.from())) {
      throw new AuditPeriodReversed();
    }
    if (query.from() != null || query.to() != null) {
      Criteria occurred = where("occurredAt");
      if (query.from() != null) {
        occurred = occurred.gte(query.from());
      }
      if (query.to() != null) {
        occurred = occurred.lt(query.to());
      }
      matching.addCriteria(occurred);
    }
    return mongo.find(matching, AuditEntryDocument.class).stream()
        .map(AuditEntryDocument::toView)
        .toList();
  }
}
