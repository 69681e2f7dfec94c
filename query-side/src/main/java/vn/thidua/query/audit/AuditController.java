package vn.thidua.query.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.audit.AuditEntryView;
import vn.thidua.events.audit.FindAuditTrail;
import vn.thidua.query.QueryClient;
import vn.thidua.support.table.AnalystTable;
import vn.thidua.support.table.InvalidTableRequest;
import vn.thidua.support.table.TableEndpoint;

@RestController
public class AuditController {
  /**
   * The read model's query applies campaignId, unitId, actor, decisionType, from and to (and
   * refuses an unknown decision type); the columns filter and sort the rest in memory.
   */
  static final AnalystTable<AuditEntryView> AUDIT_TRAIL =
      AnalystTable.<AuditEntryView>named("nhat-ky-kiem-tra", "Nhật ký quyết định", "Audit trail")
          .dateTime("occurredAt", "Thời điểm", "Occurred at", AuditEntryView::occurredAt)
          .sortable()
          .filterable()
          .text("decisionType", "Loại quyết định", "Decision", AuditEntryView::decisionType)
          .sortable()
          .text("aggregateId", "Đối tượng", "Subject", AuditEntryView::aggregateId)
          .sortable()
          .filterable()
          .text("summary", "Nội dung", "Summary", AuditEntryView::summary)
          .searchable()
          .text("actorUserId", "Người quyết định", "Decided by", AuditEntryView::actorUserId)
          .sortable()
          .text("actorRoles", "Vai trò", "Roles", AuditEntryView::actorRoles)
          .filterable()
          .text("actorUnitId", "Đơn vị", "Unit of the decider", AuditEntryView::actorUnitId)
          .sortable()
          .filterable()
          .text("reason", "Lý do", "Reason", AuditEntryView::reason)
          .searchable()
          .text("campaignId", "Phong trào", "Campaign", AuditEntryView::campaignId)
          .sortable()
          .text("unitIds", "Đơn vị liên quan", "Units concerned", AuditEntryView::unitIds)
          .text("correlationId", "Mã luồng xử lý", "Correlation id", AuditEntryView::correlationId)
          .filterable()
          .text("causationId", "Mã thông điệp gây ra", "Causation id", AuditEntryView::causationId)
          .text("eventId", "Mã sự kiện", "Event id", AuditEntryView::eventId)
          .sourceFilter("campaignId")
          .sourceFilter("unitId")
          .sourceFilter("actor")
          .sourceFilter("decisionType")
          .sourceFilter("from")
          .sourceFilter("to")
          .build();

  private final QueryClient queries;

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  AuditController(QueryClient queries) {
    this.queries = queries;
  }

  /** The store keeps instants as dates, which cannot hold years like -1000000000. */
  private static Instant inRange(String parameter, Instant instant) {
    if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
      throw InvalidTableRequest.badParameter(
          parameter, "instant-in-range", "must be between " + EARLIEST + " and " + LATEST);
    }
    return instant;
  }

  /**
   * Decisions, newest first, each with who, when, why, the event and its evidence; each filter is
   * optional ({@code from} inclusive, {@code to} exclusive, ISO instants). A JSON page carries the
   * whole entries; CSV and XLSX carry the columns, without the event and its evidence.
   */
  @GetMapping("/api/audit")
  @TableEndpoint("AUDIT_TRAIL")
  public ResponseEntity<Object> auditTrail(
      @RequestParam(required = false) String campaignId,
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String decisionType,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      HttpServletRequest request) {
    return AUDIT_TRAIL.answer(
        AUDIT_TRAIL.read(request),
        AUDIT_TRAIL.inMemory(
            queries.ask(
                new FindAuditTrail(
                    campaignId,
                    unitId,
                    actor,
                    decisionType,
                    inRange("from", from),
                    inRange("to", to)),
                ResponseTypes.multipleInstancesOf(AuditEntryView.class))));
  }
}
