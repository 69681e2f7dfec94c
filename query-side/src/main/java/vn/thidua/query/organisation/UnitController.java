package vn.thidua.query.organisation;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.organisation.CourtLevel;
import vn.thidua.query.QueryClient;
import vn.thidua.support.table.AnalystTable;
import vn.thidua.support.table.TableEndpoint;

@RestController
public class UnitController {
  static final AnalystTable<UnitView> UNITS =
      AnalystTable.<UnitView>named("don-vi", "Đơn vị", "Units")
          .text("unitId", "Mã đơn vị", "Unit id", UnitView::unitId)
          .sortable()
          .filterable()
          .text("name", "Tên đơn vị", "Name", UnitView::name)
          .sortable()
          .searchable()
          .text("level", "Cấp tòa án", "Court level", UnitView::level)
          .sortable()
          .oneOf(CourtLevel.values())
          .text("parentUnitId", "Đơn vị cấp trên", "Parent unit", UnitView::parentUnitId)
          .sortable()
          .filterable()
          .number("judges", "Số thẩm phán", "Judges", UnitView::judges)
          .sortable()
          .filterable()
          .date(
              "judgesEffectiveFrom",
              "Số thẩm phán áp dụng từ",
              "Judge count in force from",
              UnitView::judgesEffectiveFrom)
          .sortable()
          .build();

  private final QueryClient queries;

  UnitController(QueryClient queries) {
    this.queries = queries;
  }

  /** Registered units by unit id; paged, sortable, filterable, exportable as CSV or XLSX. */
  @GetMapping("/api/units")
  @TableEndpoint("UNITS")
  public ResponseEntity<Object> units(HttpServletRequest request) {
    return UNITS.answer(
        UNITS.read(request),
        UNITS.inMemory(
            queries.ask(new FindUnits(), ResponseTypes.multipleInstancesOf(UnitView.class))));
  }
}
