package vn.thidua.query.standings;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.campaign.FrozenStanding;
import vn.thidua.query.QueryClient;
import vn.thidua.support.table.AnalystTable;
import vn.thidua.support.table.TableEndpoint;
import vn.thidua.support.table.TableRequest;

@RestController
public class FrozenStandingsController {
  /** The ranked rows of one frozen phase; the header (campaign, phase, dates) stays on the view. */
  static final AnalystTable<FrozenStanding> STANDINGS =
      AnalystTable.<FrozenStanding>named(
              "bang-xep-hang-chot", "Bảng xếp hạng chốt", "Frozen standings")
          .number("rank", "Hạng", "Rank", FrozenStanding::rank)
          .sortable()
          .filterable()
          .text("unitId", "Mã đơn vị", "Unit id", FrozenStanding::unitId)
          .sortable()
          .filterable()
          .number("score", "Điểm", "Score", FrozenStanding::score)
          .sortable()
          .number(
              "criteriaPoints", "Điểm tiêu chí", "Criteria points", FrozenStanding::criteriaPoints)
          .sortable()
          .number("bonus", "Điểm thưởng", "Bonus", FrozenStanding::bonus)
          .sortable()
          .number("penalty", "Điểm trừ", "Penalty", FrozenStanding::penalty)
          .sortable()
          .number("accepted", "Số vụ việc thụ lý", "Cases accepted", FrozenStanding::accepted)
          .sortable()
          .number("resolved", "Số vụ việc giải quyết", "Cases resolved", FrozenStanding::resolved)
          .sortable()
          .number(
              "resolutionRate",
              "Tỷ lệ giải quyết (%)",
              "Resolution rate (%)",
              FrozenStanding::resolutionRate)
          .sortable()
          .text("failedGates", "Điều kiện không đạt", "Failed gates", FrozenStanding::failedGates)
          .filterable()
          .text(
              "uncheckedGates",
              "Điều kiện chưa kiểm tra",
              "Unchecked gates",
              FrozenStanding::uncheckedGates)
          .build();

  private final QueryClient queries;

  FrozenStandingsController(QueryClient queries) {
    this.queries = queries;
  }

  /** The campaign's phases, each saying whether its standings are frozen yet. */
  @GetMapping("/api/campaigns/{campaignId}/standings")
  public List<PhaseFreeze> phases(@PathVariable String campaignId) {
    return queries.ask(
        new FindPhaseFreezes(campaignId), ResponseTypes.multipleInstancesOf(PhaseFreeze.class));
  }

  /**
   * The frozen standings of a phase with their header (campaign, phase, dates, when frozen) and
   * every row; 404 while the phase is still running. Its rows as a table: {@link #rows}.
   */
  @GetMapping("/api/campaigns/{campaignId}/standings/{phaseId}")
  public FrozenStandingsView standings(
      @PathVariable String campaignId, @PathVariable String phaseId) {
    return frozen(campaignId, phaseId);
  }

  /**
   * The ranked rows of a frozen phase, by rank; paged, sortable, filterable, exportable as CSV or
   * XLSX. The JSON page keeps each row's per-criterion figures and adjustments; the files leave
   * them out. Same 404s as the standings themselves.
   */
  @GetMapping("/api/campaigns/{campaignId}/standings/{phaseId}/rows")
  @TableEndpoint("STANDINGS")
  public ResponseEntity<Object> rows(
      @PathVariable String campaignId, @PathVariable String phaseId, HttpServletRequest request) {
    TableRequest table = STANDINGS.read(request);
    return STANDINGS.answer(table, STANDINGS.inMemory(frozen(campaignId, phaseId).rows()));
  }

  private FrozenStandingsView frozen(String campaignId, String phaseId) {
    return queries.ask(
        new FindFrozenStandings(campaignId, phaseId),
        ResponseTypes.instanceOf(FrozenStandingsView.class));
  }
}
