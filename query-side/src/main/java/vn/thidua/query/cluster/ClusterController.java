package vn.thidua.query.cluster;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.query.EmulationYear;
import vn.thidua.query.FilterValues;
import vn.thidua.query.QueryClient;
import vn.thidua.support.table.AnalystTable;
import vn.thidua.support.table.TableEndpoint;
import vn.thidua.support.table.TableRequest;

@RestController
@RequestMapping("/api/clusters")
public class ClusterController {
  /**
   * {@code year} (checked as an emulation year) and {@code unitId} (a member) are applied by the
   * read model's query as before; the columns sort and filter the rest in memory.
   */
  static final AnalystTable<ClusterView> CLUSTERS =
      AnalystTable.<ClusterView>named("cum-thi-dua", "Cụm thi đua", "Clusters")
          .text("clusterId", "Mã cụm", "Cluster id", ClusterView::clusterId)
          .sortable()
          .filterable()
          .number("year", "Năm thi đua", "Emulation year", ClusterView::year)
          .sortable()
          .text("name", "Tên cụm", "Name", ClusterView::name)
          .sortable()
          .searchable()
          .text("memberUnitIds", "Đơn vị thành viên", "Member units", ClusterView::memberUnitIds)
          .number("memberCount", "Số đơn vị thành viên", "Members", c -> c.memberUnitIds().size())
          .sortable()
          .text("chairUnitId", "Cụm trưởng", "Chair", ClusterView::chairUnitId)
          .sortable()
          .filterable()
          .text("deputyUnitId", "Cụm phó", "Deputy", ClusterView::deputyUnitId)
          .sortable()
          .filterable()
          .number(
              "leadershipChanges",
              "Số lần thay đổi lãnh đạo cụm",
              "Leadership changes",
              c -> c.leadershipChanges().size())
          .sortable()
          .dateTime("formedAt", "Thời điểm thành lập", "Formed at", ClusterView::formedAt)
          .sortable()
          .filterable()
          .sourceFilter("year")
          .sourceFilter("unitId")
          .build();

  private final QueryClient queries;

  ClusterController(QueryClient queries) {
    this.queries = queries;
  }

  /**
   * Clusters, the latest emulation year first; paged, sortable, filterable, exportable as CSV or
   * XLSX. The JSON page keeps each cluster's leadership changes; the files count them.
   */
  @GetMapping
  @TableEndpoint("CLUSTERS")
  public ResponseEntity<Object> clusters(
      @RequestParam(required = false) @EmulationYear String year,
      @RequestParam(required = false) String unitId,
      HttpServletRequest request) {
    TableRequest table = CLUSTERS.read(request);
    return CLUSTERS.answer(
        table,
        CLUSTERS.inMemory(
            queries.ask(
                new FindClusters(FilterValues.year(year), unitId),
                ResponseTypes.multipleInstancesOf(ClusterView.class))));
  }

  @GetMapping("/{clusterId}")
  public ClusterView cluster(@PathVariable String clusterId) {
    return queries.ask(new FindCluster(clusterId), ResponseTypes.instanceOf(ClusterView.class));
  }
}
