package vn.thidua.events.caseload;

import java.time.LocalDate;
import vn.thidua.events.problem.RuleBroken;

public class DateBeforeVerdict extends RuleBroken {
  public DateBeforeVerdict(String field, LocalDate resolvedOn) {
    super(
        field,
        "on-or-after-verdict",
        "'" + field + "' cannot precede the verdict of " + resolvedOn);
  }
}
