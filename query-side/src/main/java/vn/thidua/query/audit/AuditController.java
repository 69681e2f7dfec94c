package vn.thidua.query.audit;

import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.audit.AuditEntryView;
import vn.thidua.events.audit.FindAuditTrail;
import vn.thidua.query.QueryClient;

@RestController
public class AuditController {
  private final QueryClient queries;

  AuditController(QueryClient queries) {
    this.queries = queries;
  }

  /**
   * Decisions, newest first, each with who, when, why, the event and its evidence; each filter is
   * optional ({@code from} inclusive, {@code to} exclusive, ISO instants).
   */
  @GetMapping("/api/audit")
  public List<AuditEntryView> auditTrail(
      @RequestParam(required = false) String campaignId,
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String decisionType,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to) {
    return queries.ask(
        new FindAuditTrail(campaignId, unitId, actor, decisionType, from, to),
        ResponseTypes.multipleInstancesOf(AuditEntryView.class));
  }
}
