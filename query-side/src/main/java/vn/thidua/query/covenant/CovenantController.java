package vn.thidua.query.covenant;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.covenant.Commitment;
import vn.thidua.query.EmulationYear;
import vn.thidua.query.FilterValues;
import vn.thidua.query.QueryClient;
import vn.thidua.support.table.AnalystTable;
import vn.thidua.support.table.TableEndpoint;
import vn.thidua.support.table.TableRequest;

@RestController
@RequestMapping("/api/covenants")
public class CovenantController {
  /**
   * {@code year}, {@code clusterId} and {@code unitId} (a member) are applied by the read model's
   * query as before; the columns sort and filter the rest in memory.
   */
  static final AnalystTable<CovenantView> COVENANTS =
      AnalystTable.<CovenantView>named("giao-uoc-thi-dua", "Giao ước thi đua", "Covenants")
          .text("covenantId", "Mã giao ước", "Covenant id", CovenantView::covenantId)
          .sortable()
          .filterable()
          .text("clusterId", "Cụm thi đua", "Cluster", CovenantView::clusterId)
          .sortable()
          .number("year", "Năm thi đua", "Emulation year", CovenantView::year)
          .sortable()
          .text("memberUnitIds", "Đơn vị thành viên", "Member units", CovenantView::memberUnitIds)
          .text("commitments", "Chỉ tiêu", "Commitments", CovenantController::commitments)
          .number("signed", "Số đơn vị đã ký", "Signed", c -> c.pledges().size())
          .sortable()
          .text(
              "unsignedUnitIds",
              "Đơn vị chưa ký",
              "Units yet to sign",
              CovenantView::unsignedUnitIds)
          .filterable()
          .text("concluded", "Đã kết thúc", "Concluded", CovenantView::concluded)
          .sortable()
          .filterable()
          .date("concludedOn", "Ngày kết thúc", "Concluded on", CovenantView::concludedOn)
          .sortable()
          .filterable()
          .dateTime("draftedAt", "Thời điểm soạn thảo", "Drafted at", CovenantView::draftedAt)
          .sortable()
          .sourceFilter("year")
          .sourceFilter("clusterId")
          .sourceFilter("unitId")
          .build();

  private final QueryClient queries;

  CovenantController(QueryClient queries) {
    this.queries = queries;
  }

  /**
   * Covenants, the latest year first; paged, sortable, filterable, exportable as CSV or XLSX. The
   * JSON page keeps each covenant's pledges; the files count them.
   */
  @GetMapping
  @TableEndpoint("COVENANTS")
  public ResponseEntity<Object> covenants(
      @RequestParam(required = false) @EmulationYear String year,
      @RequestParam(required = false) String clusterId,
      @RequestParam(required = false) String unitId,
      HttpServletRequest request) {
    TableRequest table = COVENANTS.read(request);
    return COVENANTS.answer(
        table,
        COVENANTS.inMemory(
            queries.ask(
                new FindCovenants(FilterValues.year(year), clusterId, unitId),
                ResponseTypes.multipleInstancesOf(CovenantView.class))));
  }

  @GetMapping("/{covenantId}")
  public CovenantView covenant(@PathVariable String covenantId) {
    return queries.ask(new FindCovenant(covenantId), ResponseTypes.instanceOf(CovenantView.class));
  }

  /** The commitments, e.g. {@code RESOLUTION_RATE 90}, for a readable cell. */
  private static String commitments(CovenantView covenant) {
    return covenant.commitments().stream()
        .map(CovenantController::commitment)
        .collect(Collectors.joining("; "));
  }

  private static String commitment(Commitment commitment) {
    return commitment.metric() + " " + commitment.target().toPlainString();
  }
}
