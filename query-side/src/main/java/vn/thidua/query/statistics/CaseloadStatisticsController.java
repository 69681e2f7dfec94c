package vn.thidua.query.leaderboard;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.events.caseload.CaseType;

/** Caseload statistics per unit, case type and month, with the court measures of DOMAIN.md. */
@RestController
public class CaseloadStatisticsController {
  private final UnitLedgers ledgers;

  CaseloadStatisticsController(UnitLedgers ledgers) {
    this.ledgers = ledgers;
  }

  /**
   * One row per month of {@code [from, to]} ({@code yyyy-MM}); for one case type, or all types
   * together when none is given.
   */
  @GetMapping("/api/statistics/caseload")
  public List<CaseloadMonth> caseload(
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) String caseType,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    if (unitId == null || unitId.isBlank()) {
      throw new InvalidLedgerFilter("unitId", "required", "'unitId' is required");
    }
    CaseType type = caseType(caseType);
    MonthRange months = MonthRange.parse(from, to);
    UnitLedger ledger = ledgers.require(unitId);
    return ledger.caseload(type, months.from(), months.to());
  }

  private static CaseType caseType(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CaseType.valueOf(value.trim());
    } catch (IllegalArgumentException unknown) {
      throw new InvalidLedgerFilter(
          "caseType",
          "one-of",
          "must be one of: "
              + Arrays.stream(CaseType.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }
}
