package vn.thidua.query.cluster;

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
@RequestMapping("/api/clusters")
public class ClusterController {
  private final QueryClient queries;

  ClusterController(QueryClient queries) {
    this.queries = queries;
  }

  /** Clusters, the latest emulation year first; both filters are optional. */
  @GetMapping
  public List<ClusterView> clusters(
      @RequestParam(required = false) @EmulationYear String year,
      @RequestParam(required = false) String unitId) {
    return queries.ask(
        new FindClusters(FilterValues.year(year), unitId),
        ResponseTypes.multipleInstancesOf(ClusterView.class));
  }

  @GetMapping("/{clusterId}")
  public ClusterView cluster(@PathVariable String clusterId) {
    return queries.ask(new FindCluster(clusterId), ResponseTypes.instanceOf(ClusterView.class));
  }
}
