package vn.thidua.query.organisation;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.query.QueryClient;

@RestController
public class UnitController {
  private final QueryClient queries;

  UnitController(QueryClient queries) {
    this.queries = queries;
  }

  @GetMapping("/api/units")
  public List<UnitView> units() {
    return queries.ask(new FindUnits(), ResponseTypes.multipleInstancesOf(UnitView.class));
  }
}
