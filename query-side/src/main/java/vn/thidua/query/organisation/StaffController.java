package vn.thidua.query.organisation;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.query.QueryClient;

/** Staff members with their names: personal data, so only for those who manage or audit staff. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER', 'AUDITOR')")
public class StaffController {
  private final QueryClient queries;

  StaffController(QueryClient queries) {
    this.queries = queries;
  }

  /** Staff members by staff id, optionally of one current unit. */
  @GetMapping("/api/staff")
  public List<StaffView> staff(@RequestParam(required = false) String unitId) {
    return queries.ask(new FindStaff(unitId), ResponseTypes.multipleInstancesOf(StaffView.class));
  }
}
