package vn.thidua.query.covenant;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.query.EmulationYear;
import vn.thidua.query.FilterValues;
import vn.thidua.query.QueryClient;

@RestController
@RequestMapping("/api/covenants")
public class CovenantController {
  private final QueryClient queries;

  CovenantController(QueryClient queries) {
    this.queries = queries;
  }

  /** Covenants, the latest year first; every filter is optional. */
  @GetMapping
  public List<CovenantView> covenants(
      @RequestParam(required = false) @EmulationYear String year,
      @RequestParam(required = false) String clusterId,
      @RequestParam(required = false) String unitId) {
    return queries.ask(
        new FindCovenants(FilterValues.year(year), clusterId, unitId),
        ResponseTypes.multipleInstancesOf(CovenantView.class));
  }

  @GetMapping("/{covenantId}")
  public CovenantView covenant(@PathVariable String covenantId) {
    return queries.ask(new FindCovenant(covenantId), ResponseTypes.instanceOf(CovenantView.class));
  }
}
