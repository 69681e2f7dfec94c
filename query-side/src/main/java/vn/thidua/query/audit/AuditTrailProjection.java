package vn.thidua.query.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.thidua.events.MetadataKeys;
import vn.thidua.events.audit.AuditEntryView;
import vn.thidua.events.audit.FindAuditTrail;
import vn.thidua.events.campaign.CampaignClosed;
import vn.thidua.events.campaign.CampaignLaunched;
import vn.thidua.events.campaign.CriteriaRevised;

/** Every decision with who took it, for which unit, when, why and in which flow. */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
class AuditTrailProjection {
  static final String PROCESSING_GROUP = "audit-trail";
  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("_id"));

  private final MongoTemplate mongo;

  AuditTrailProjection(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @EventHandler
  void on(
      CampaignLaunched event,
      @MessageIdentifier String eventId,
      @Timestamp Instant occurredAt,
      @MetaDataValue(MetadataKeys.USER_ID) String actorUserId,
      @MetaDataValue(MetadataKeys.USER_UNIT_ID) String actorUnitId,
      @MetaDataValue(MetadataKeys.CORRELATION_ID) String correlationId) {
    List<String> unitIds = new ArrayList<>();
    unitIds.add(event.organiserUnitId());
    event.participantUnitIds().stream()
        .filter(unit -> !unitIds.contains(unit))
        .forEach(unitIds::add);
    mongo.save(
        new AuditEntryDocument(
            eventId,
            "CampaignLaunched",
            event.campaignId(),
            occurredAt,
            actorUserId,
            actorUnitId,
            event.reason(),
            correlationId,
            "Phát động phong trào thi đua «" + event.title() + "»",
            event.campaignId(),
            unitIds));
  }

  @EventHandler
  void on(
      CriteriaRevised event,
      @MessageIdentifier String eventId,
      @Timestamp Instant occurredAt,
      @MetaDataValue(MetadataKeys.USER_ID) String actorUserId,
      @MetaDataValue(MetadataKeys.USER_UNIT_ID) String actorUnitId,
      @MetaDataValue(MetadataKeys.CORRELATION_ID) String correlationId) {
    mongo.save(
        new AuditEntryDocument(
            eventId,
            "CriteriaRevised",
            event.campaignId(),
            occurredAt,
            actorUserId,
            actorUnitId,
            event.reason(),
            correlationId,
            "Sửa đổi bảng chấm điểm từ đợt «" + event.phaseId() + "»",
            event.campaignId(),
            unitsOf(event.campaignId())));
  }

  @EventHandler
  void on(
      CampaignClosed event,
      @MessageIdentifier String eventId,
      @Timestamp Instant occurredAt,
      @MetaDataValue(MetadataKeys.USER_ID) String actorUserId,
      @MetaDataValue(MetadataKeys.USER_UNIT_ID) String actorUnitId,
      @MetaDataValue(MetadataKeys.CORRELATION_ID) String correlationId) {
    mongo.save(
        new AuditEntryDocument(
            eventId,
            "CampaignClosed",
            event.campaignId(),
            occurredAt,
            actorUserId,
            actorUnitId,
            event.reason(),
            correlationId,
            "Kết thúc phong trào thi đua ngày " + event.closedOn(),
            event.campaignId(),
            unitsOf(event.campaignId())));
  }

  /** The organiser and participants, as recorded with the launch (events arrive in order). */
  private List<String> unitsOf(String campaignId) {
    AuditEntryDocument launch =
        mongo.findOne(
            new Query(
                where("campaignId").is(campaignId).and("decisionType").is("CampaignLaunched")),
            AuditEntryDocument.class);
    return launch == null ? List.of() : launch.unitIds();
  }

  @ResetHandler
  void reset() {
    mongo.remove(new Query(), AuditEntryDocument.class);
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
    return mongo.find(matching, AuditEntryDocument.class).stream()
        .map(AuditEntryDocument::toView)
        .toList();
  }
}
