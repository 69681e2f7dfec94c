package vn.thidua.query.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.audit.AuditEntryView;
import vn.thidua.events.audit.FindAuditTrail;
import vn.thidua.query.QueryClient;
import vn.thidua.support.table.AnalystTable;
import vn.thidua.support.table.TableEndpoint;

@RestController
public class AuditController {
  /** campaignId, unitId and actor are applied by the read model's query; the rest in memory. */
  static final AnalystTable<AuditEntryView> AUDIT_TRAIL =
      AnalystTable.<AuditEntryView>named("nhat-ky-kiem-tra", "Nhật ký quyết định", "Audit trail")
          .dateTime("occurredAt", "Thời điểm", "Occurred at", AuditEntryView::occurredAt)
          .sortable()
          .filterable()
          .text("decisionType", "Loại quyết định", "Decision", AuditEntryView::decisionType)
          .sortable()
          .filterable()
          .text("aggregateId", "Đối tượng", "Subject", AuditEntryView::aggregateId)
          .sortable()
          .filterable()
          .text("summary", "Nội dung", "Summary", AuditEntryView::summary)
          .searchable()
          .text("actorUserId", "Người quyết định", "Decided by", AuditEntryView::actorUserId)
          .sortable()
          .text("actorUnitId", "Đơn vị", "Unit of the decider", AuditEntryView::actorUnitId)
          .sortable()
          .filterable()
          .text("reason", "Lý do", "Reason", AuditEntryView::reason)
          .searchable()
          .text("correlationId", "Mã luồng xử lý", "Correlation id", AuditEntryView::correlationId)
          .filterable()
          .text("eventId", "Mã sự kiện", "Event id", AuditEntryView::eventId)
          .sourceFilter("campaignId")
          .sourceFilter("unitId")
          .sourceFilter("actor")
          .build();

  private final QueryClient queries;

  AuditController(QueryClient queries) {
    this.queries = queries;
  }

  /**
   * Decisions, newest first; {@code campaignId}, {@code unitId} (organiser or participant) and
   * {@code actor} narrow them, and every column below can sort, filter or be exported.
   */
  @GetMapping("/api/audit")
  @TableEndpoint("AUDIT_TRAIL")
  public ResponseEntity<Object> auditTrail(
      @RequestParam(required = false) String campaignId,
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) String actor,
      HttpServletRequest request) {
    return AUDIT_TRAIL.answer(
        AUDIT_TRAIL.read(request),
        AUDIT_TRAIL.inMemory(
            queries.ask(
                new FindAuditTrail(campaignId, unitId, actor),
                ResponseTypes.multipleInstancesOf(AuditEntryView.class))));
  }
}
