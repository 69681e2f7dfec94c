package vn.thidua.query.judges;

import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.query.leaderboard.JudgeMonth;
import vn.thidua.query.leaderboard.MonthRange;
import vn.thidua.query.leaderboard.UnitLedgers;

/** Judge-level figures of a unit: model trials presided, virtual-assistant use and Q&A. */
@RestController
public class JudgeFiguresController {
  private final UnitLedgers ledgers;

  JudgeFiguresController(UnitLedgers ledgers) {
    this.ledgers = ledgers;
  }

  /** One row per judge and month with any figure; all months unless {@code from}/{@code to}. */
  @GetMapping("/api/units/{unitId}/judges")
  public List<JudgeMonth> judges(
      @PathVariable String unitId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    YearMonth first = YearMonth.of(1, 1);
    YearMonth last = YearMonth.of(9999, 12);
    if (from != null || to != null) {
      MonthRange months = MonthRange.parse(from == null ? to : from, to == null ? from : to);
      first = months.from();
      last = months.to();
    }
    return ledgers.require(unitId).judges(first, last);
  }
}
